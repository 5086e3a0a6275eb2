private typealias S = SeventhSection

/// A relative or carer asking about someone else.
let seventhRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my mum has MS and just started baclofen and she's sleeping all day is that normal", .relative,
    S.sideEffects + [S.aWho]),
  JudgedQuery(
    "dad is 82 on baclofen and keeps falling over", .relative, [S.aWho, S.aSide, S.sSide]),
  JudgedQuery("my husband keeps drinking while on his baclofen", .relative, S.mixing),
  JudgedQuery(
    "my son is taking more baclofen than his doctor said", .relative,
    [S.cAvoid, S.cFollow, S.cAbused, S.cRisk]),
  JudgedQuery("found out my teenager has been taking my baclofen", .relative, [S.cRisk, S.cAvoid]),
  JudgedQuery(
    "wife took a load of her pills and is confused and breathing slowly", .relative,
    [S.aOverdose, S.cPhysical, S.sCall, S.cBalance]),
  JudgedQuery(
    "my brother wants to try baclofen to stop drinking does it work", .relative,
    [S.rEvidence, S.rIntro, S.cAud, S.oAlcohol, S.rSummary, S.rHelpful]),
  JudgedQuery(
    "partner has cirrhosis and was offered baclofen for the drink", .relative,
    [S.rLiver, S.rPros, S.rHelpful]),
  JudgedQuery(
    "how do I help my mother come off baclofen safely", .relative,
    S.stopping + [S.cApproaches, S.cMonitor]),
  JudgedQuery(
    "my daughter has cerebral palsy what will baclofen do for her", .relative,
    [S.aUses, S.sUsed, S.aWork, S.sMechanism, S.cWhat]),
  JudgedQuery(
    "grandad ran out of baclofen over the weekend and now he's seeing things", .relative,
    [S.sCall, S.sCaution, S.aStop]),
  JudgedQuery(
    "caring for someone with a spinal injury how long do they stay on baclofen", .relative,
    [S.aLong]),
  JudgedQuery("my friend reckons baclofen gets you high", .relative, [S.cHigh, S.cGetHigh]),
  JudgedQuery(
    "my sister is pregnant and on baclofen should she worry", .relative, [S.aWho, S.rSide]),
  JudgedQuery(
    "father has kidney problems can he still take baclofen", .relative,
    [S.aKidney, S.aWho, S.sSafety, S.rNotBest, S.rSide]),
  JudgedQuery("my wife forgot her afternoon baclofen", .relative, [S.aMissed]),
  JudgedQuery(
    "my son drove after his baclofen and felt sleepy at the wheel", .relative,
    [S.aDriving, S.sSide]),
  JudgedQuery(
    "think my boyfriend is dependent on his muscle relaxers", .relative,
    [S.cAddictive, S.cRisk, S.cNeedHelp]),
  JudgedQuery(
    "how can I support my husband through baclofen rehab", .relative,
    [S.cApproaches, S.cRecovery, S.cRisk]),
  JudgedQuery(
    "mum's spasms suddenly got much worse and she has a fever", .relative, [S.sCall, S.sCaution]),
  JudgedQuery(
    "is a pump an option for my son's severe spasticity", .relative, [S.sUsed, S.aAlts, S.sShort]),
  JudgedQuery(
    "dad's baclofen isn't helping what else can his doctor try", .relative,
    [S.aAlts, S.sShort, S.aTiz]),
  JudgedQuery(
    "my aunt takes baclofen with her oxycontin", .relative, [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "my mother gets headaches and is bunged up from baclofen", .relative, [S.aSide, S.rSide]),
  JudgedQuery(
    "husband's baclofen went up to 80 mg a day is that too much", .relative,
    [S.aTake, S.sDose, S.cGetHigh]),
  JudgedQuery(
    "found mum passed out next to her baclofen bottle", .relative, [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "why would the doctor switch my son from baclofen to tizanidine", .relative, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "my gran has seemed muddled since she started baclofen", .relative, [S.aWho, S.aSide, S.sCall]),
  JudgedQuery(
    "my partner uses baclofen for his anxiety is that a problem", .relative,
    [S.cAddictive, S.cAbused, S.cRisk, S.rPros]),
  JudgedQuery("should I lock my husband's baclofen away from the kids", .relative, [S.cAvoid]),
  JudgedQuery(
    "my brother takes baclofen and valium together", .relative, [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "mum is on baclofen for alcohol but she's still drinking", .relative,
    [S.rTake, S.rIntro, S.cAvoid, S.sSafety, S.cAbused]),
  JudgedQuery(
    "my son uses cocaine and drinks heavily would baclofen help him", .relative,
    [S.rHelpful, S.rPros, S.oStimulants]),
  JudgedQuery(
    "my wife was given baclofen and clonidine to get off heroin", .relative, [S.oOpiates]),
  JudgedQuery(
    "dad's legs give way and he feels weak since starting baclofen", .relative,
    S.sideEffects + [S.cMonitor, S.aWho]),
  JudgedQuery(
    "my sister is breastfeeding and her doctor wants her on baclofen", .relative, [S.aWho]),
  JudgedQuery("how long until my mum's baclofen kicks in", .relative, [S.aWork]),
  JudgedQuery(
    "husband isn't really motivated to quit drinking will baclofen still work for him", .relative,
    [S.oAlcohol, S.oSummary]),
  JudgedQuery(
    "uncle says baclofen is totally safe because it isn't a controlled drug", .relative,
    [S.cAddictive]),
  JudgedQuery("my son is depressed and on baclofen", .relative, [S.aWho, S.aSide, S.cRisk]),
]

/// Questions a patient or relative would ask that the five articles do not answer.
let seventhUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "can baclofen make you put on weight"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "is baclofen safe for my dog"),
  JudgedQuery(uncovered: "what dose of baclofen for a 6 year old with cerebral palsy"),
  JudgedQuery(uncovered: "does baclofen cause hair loss"),
  JudgedQuery(uncovered: "can I take ibuprofen with baclofen"),
  JudgedQuery(uncovered: "will baclofen show up on a drug test at work"),
  JudgedQuery(uncovered: "does baclofen stop the pill working birth control"),
  JudgedQuery(uncovered: "how long does baclofen stay in your urine"),
  JudgedQuery(uncovered: "is it ok to take baclofen on a long flight"),
  JudgedQuery(uncovered: "baclofen side effects on sex drive"),
  JudgedQuery(uncovered: "does baclofen help period cramps"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "what temperature should baclofen tablets be stored at"),
  JudgedQuery(uncovered: "can long term baclofen damage your memory"),
  JudgedQuery(uncovered: "can I have the flu jab while on baclofen"),
  JudgedQuery(uncovered: "does baclofen work for migraines"),
  JudgedQuery(uncovered: "do I stop baclofen before an operation with general anaesthetic"),
  JudgedQuery(uncovered: "baclofen with blood pressure tablets like amlodipine"),
  JudgedQuery(uncovered: "what does a 10mg baclofen tablet look like"),
  JudgedQuery(uncovered: "can baclofen and gabapentin be taken at the same time"),
  JudgedQuery(uncovered: "dry mouth from baclofen"),
  JudgedQuery(uncovered: "baclofen for jaw clenching and teeth grinding"),
  JudgedQuery(uncovered: "will baclofen help my dad's parkinsons tremor"),
  JudgedQuery(uncovered: "does baclofen interfere with thyroid tablets"),
  JudgedQuery(uncovered: "is coffee ok with baclofen"),
  JudgedQuery(uncovered: "can you give blood if you take baclofen"),
  JudgedQuery(uncovered: "how much does a baclofen pump operation cost"),
  JudgedQuery(uncovered: "my cat ate one of my baclofen tablets"),
  JudgedQuery(uncovered: "how long does the baclofen pump battery last before replacing"),
]
