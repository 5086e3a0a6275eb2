private typealias S = ArticleSections

/// Questions of the eleventh set asked about someone else, by a carer, parent, partner or
/// friend.
let eleventhRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my dad seems muddled since the doctor put him on baclofen", .relative,
    [S.aWho, S.aSide, S.sCall]),
  JudgedQuery(
    "my wife has baclofen and likes a glass of wine at dinner", .relative, S.eleventhAlcoholMix),
  JudgedQuery(
    "my son has cerebral palsy, what does baclofen do for him", .relative,
    [S.aUses, S.sUsed, S.aWork, S.sMechanism]),
  JudgedQuery("my teenage daughter has been taking my baclofen", .relative, [S.cRisk, S.cAvoid]),
  JudgedQuery(
    "my husband ran out of baclofen and is now hallucinating", .relative,
    [S.sCaution, S.aStop, S.sCall, S.cAddictive]),
  JudgedQuery("my mum is 82, is baclofen safe for her", .relative, [S.aWho]),
  JudgedQuery(
    "my brother is drinking heavily, could baclofen help him quit", .relative, S.eleventhAud),
  JudgedQuery("my partner takes way more baclofen than prescribed", .relative, S.eleventhMisuse),
  JudgedQuery(
    "my friend passed out after taking a lot of baclofen", .relative, [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "my boyfriend mixes baclofen with vodka to get buzzed", .relative,
    [S.cGetHigh, S.cAbused, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "my gran has kidney failure and got prescribed baclofen", .relative, S.eleventhKidney),
  JudgedQuery(
    "how can I help my sister who is hooked on baclofen", .relative,
    [S.cRisk, S.cBehaviour, S.cTreatment, S.cApproaches, S.cRecovery]),
  JudgedQuery("my uncle has cirrhosis and can't stop drinking", .relative, S.eleventhLiver),
  JudgedQuery(
    "my wife has MS and the doctor says baclofen or tizanidine", .relative, S.eleventhTizanidine),
  JudgedQuery("my father forgot his morning dose of baclofen", .relative, [S.aMissed]),
  JudgedQuery(
    "my son uses cocaine and drinks, would baclofen help", .relative,
    [S.rHelpful, S.rPros, S.oStimulants]),
  JudgedQuery(
    "my husband is a builder, should he take baclofen", .relative, [S.rNotBest, S.rPros]),
  JudgedQuery("my daughter is pregnant and on baclofen", .relative, S.eleventhPregnancy),
  JudgedQuery(
    "my mother's spasms came back badly and she has a fever", .relative, [S.sCall, S.sCaution]),
  JudgedQuery("my partner is breastfeeding, can she keep taking baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my dad keeps dozing off since his baclofen dose went up", .relative,
    [S.aSide, S.sSide, S.rSide, S.cBalance, S.aDriving]),
  JudgedQuery("should my husband drive after starting baclofen", .relative, S.eleventhDriving),
  JudgedQuery("my grandson swallowed some of my baclofen tablets", .relative, [S.aOverdose]),
  JudgedQuery("my wife wants to stop baclofen cold turkey", .relative, S.eleventhStopping),
  JudgedQuery(
    "my brother is coming off heroin, is baclofen used for that", .relative,
    [S.oOpiates, S.oIntro]),
  JudgedQuery(
    "my friend says baclofen gives her a high, is that true", .relative, [S.cHigh, S.cGetHigh]),
  JudgedQuery(
    "my mum struggles to swallow pills, is there another form of baclofen", .relative, [S.aBrands]),
  JudgedQuery("my husband has epilepsy, can he take baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my dad takes baclofen with his sleeping pills and opioid painkillers", .relative,
    [S.cAvoid, S.sSafety, S.cBalance]),
  JudgedQuery(
    "my son's spasticity is severe and tablets aren't enough", .relative,
    [S.sUsed, S.sShort, S.aAlts]),
  JudgedQuery(
    "my partner is depressed, could baclofen make it worse", .relative, S.eleventhDepression),
  JudgedQuery(
    "my aunt has been on baclofen for years, will she ever come off it", .relative,
    [S.aLong, S.aStop, S.rPros]),
  JudgedQuery(
    "my wife needs to come off baclofen safely, how slow should it be", .relative,
    [S.aStop, S.sCaution, S.aLong]),
  JudgedQuery(
    "my boyfriend's rehab wants to detox him off baclofen", .relative,
    [S.cApproaches, S.cTreatment]),
  JudgedQuery(
    "my dad has been told baclofen doesn't work for drinking, is that right", .relative,
    S.eleventhAudEvidence + [S.rSummary]),
  JudgedQuery(
    "my husband has anxiety and PTSD and takes baclofen to cope", .relative,
    [S.cRisk, S.cGetHigh, S.cAddictive]),
  JudgedQuery("my mother got a rash and swollen face after baclofen", .relative, [S.aSide]),
  JudgedQuery(
    "my friend wants to try baclofen for drinking on his own like that French doctor did",
    .relative, [S.rWhat]),
  JudgedQuery(
    "my stepson's dose keeps being raised every few days, is that normal", .relative,
    [S.aTake, S.sDose, S.aWork]),
  JudgedQuery(
    "my mum feels wobbly and weak on baclofen, should she tell the doctor", .relative,
    [S.cMonitor, S.aSide, S.sSide]),
]

/// Sensible questions of the eleventh set that none of the five articles answers.
let eleventhUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "should baclofen tablets be kept in the fridge"),
  JudgedQuery(uncovered: "how much does baclofen cost without insurance in the US"),
  JudgedQuery(uncovered: "is baclofen free on the NHS or do I pay a prescription charge"),
  JudgedQuery(uncovered: "can I take ibuprofen with baclofen"),
  JudgedQuery(uncovered: "is it ok to take paracetamol alongside baclofen"),
  JudgedQuery(uncovered: "does baclofen interact with warfarin"),
  JudgedQuery(uncovered: "can I drink grapefruit juice on baclofen"),
  JudgedQuery(uncovered: "my dog ate a baclofen tablet what should I do"),
  JudgedQuery(uncovered: "can I fly to Dubai with baclofen in my luggage"),
  JudgedQuery(uncovered: "will baclofen show up on a workplace drug test"),
  JudgedQuery(uncovered: "does baclofen make you put on weight"),
  JudgedQuery(uncovered: "can baclofen cause hair loss"),
  JudgedQuery(uncovered: "does baclofen affect my sex drive"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "what colour is a 10 mg baclofen tablet"),
  JudgedQuery(uncovered: "how long after the expiry date is baclofen still safe"),
  JudgedQuery(
    uncovered: "do I need to stop baclofen before an operation under general anaesthetic"),
  JudgedQuery(uncovered: "can I have an MRI scan with a baclofen pump"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "can I have the covid vaccine while on baclofen"),
  JudgedQuery(uncovered: "is baclofen stronger than methocarbamol"),
  JudgedQuery(uncovered: "baclofen and metformin together"),
  JudgedQuery(uncovered: "can I give blood while taking baclofen"),
  JudgedQuery(uncovered: "does baclofen make your skin sensitive to the sun"),
  JudgedQuery(uncovered: "is it ok to have coffee with baclofen"),
  JudgedQuery(uncovered: "what dose of baclofen is given to a 4 year old child"),
  JudgedQuery(uncovered: "can baclofen help with restless legs at night"),
  JudgedQuery(uncovered: "is baclofen used for tinnitus"),
  JudgedQuery(uncovered: "can I take baclofen with levothyroxine for my thyroid"),
  JudgedQuery(uncovered: "does baclofen damage your teeth"),
]
