/// Relatives' questions and uncovered questions of the fifth set.
let fifthPeopleQueries = fifthRelativeQueries + fifthUncoveredQueries

private typealias S = FifthSection

/// A carer, parent or partner asking about someone else.
private let fifthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my dad is muddled and forgetful since the baclofen", .relative, [S.aSide, S.aWho, S.sCall]),
  JudgedQuery(
    "my husband keeps falling asleep in his chair on baclofen", .relative,
    [S.aSide, S.rSide, S.sSide, S.cBalance]),
  JudgedQuery(
    "my son has cerebral palsy, what does baclofen do for him", .relative,
    [S.aUses, S.sUsed, S.aIntro, S.cWhat, S.sMechanism]),
  JudgedQuery(
    "wife ran out of her baclofen prescription yesterday", .relative,
    [S.sCall, S.sCaution, S.aStop, S.aLong, S.cFollow]),
  JudgedQuery(
    "my partner is taking more baclofen than prescribed", .relative,
    [S.cAbused, S.cAvoid, S.cRisk, S.cMisuse, S.cBehaviour]),
  JudgedQuery(
    "found my teenager taking baclofen to get high", .relative, [S.cRisk, S.cGetHigh, S.cHigh]),
  JudgedQuery("grandma is 85, is baclofen safe for elderly", .relative, [S.aWho]),
  JudgedQuery(
    "my brother drinks on top of his baclofen", .relative,
    [S.cAbused, S.cGetHigh, S.cAvoid, S.cBalance, S.sSafety]),
  JudgedQuery(
    "my husband wants to try baclofen to stop drinking", .relative,
    [S.rIntro, S.cAud, S.rEvidence, S.oAlcohol, S.sOffLabel, S.rSummary, S.rHelpful]),
  JudgedQuery(
    "my dad has cirrhosis, can he take baclofen for alcohol", .relative,
    [S.rLiver, S.rPros, S.rHelpful, S.rIntro]),
  JudgedQuery(
    "how do i help my daughter get off baclofen safely", .relative,
    [S.cTreatment, S.cApproaches, S.aStop, S.sCaution, S.cAddictive]),
  JudgedQuery(
    "my mother has kidney problems and takes baclofen", .relative,
    [S.aKidney, S.aWho, S.sSafety, S.rSide, S.rNotBest]),
  JudgedQuery("my wife is pregnant and on baclofen", .relative, [S.aWho, S.rSide]),
  JudgedQuery(
    "my son swallowed a handful of his baclofen", .relative, [S.aOverdose, S.cPhysical]),
  JudgedQuery(
    "my husband won't wake up properly and his breathing is slow", .relative,
    [S.aOverdose, S.cPhysical, S.cBalance, S.sCall]),
  JudgedQuery("can my husband still drive on baclofen", .relative, [S.aDriving, S.sSide]),
  JudgedQuery(
    "what signs show my son is misusing baclofen", .relative,
    [S.cBehaviour, S.cRisk, S.cAbused]),
  JudgedQuery(
    "my partner says baclofen isn't addictive, is that true", .relative,
    [S.cAddictive, S.cIntro, S.rPros, S.cFinal]),
  JudgedQuery("my mum forgot her afternoon dose", .relative, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery(
    "my dad's doctor wants to switch him to tizanidine", .relative, [S.aTiz, S.aAlts]),
  JudgedQuery(
    "my daughter with ms has a pump fitted instead of tablets", .relative,
    [S.sUsed, S.aAlts, S.sDose, S.sShort]),
  JudgedQuery(
    "my wife is hallucinating after stopping her tablets", .relative,
    [S.aStop, S.sCaution, S.cAddictive, S.sCall]),
  JudgedQuery(
    "my brother has been on baclofen for years, will he need it forever", .relative, [S.aLong]),
  JudgedQuery(
    "my uncle uses baclofen for his cocaine habit", .relative,
    [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery("my son is on heroin, would baclofen help", .relative, [S.oOpiates]),
  JudgedQuery(
    "my husband's spasms got suddenly worse with a fever", .relative, [S.sCall, S.sCaution]),
  JudgedQuery("my child got into my baclofen", .relative, [S.aOverdose, S.cAvoid]),
  JudgedQuery("my partner feels depressed on baclofen", .relative, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "my mum is dizzy and unsteady on her feet", .relative, [S.aSide, S.rSide, S.sSide, S.aWho]),
  JudgedQuery(
    "is my husband's baclofen dose too high at 100mg", .relative,
    [S.aTake, S.sDose, S.cGetHigh, S.rEvidence]),
  JudgedQuery(
    "how can i support my wife who is dependent on baclofen", .relative,
    [S.cRisk, S.cRecovery, S.cBehaviour, S.cTreatment]),
  JudgedQuery(
    "my dad takes baclofen with his diazepam", .relative, [S.sSafety, S.cBalance, S.cAvoid]),
  JudgedQuery(
    "my son takes baclofen and oxycodone together", .relative,
    [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery(
    "my wife is breastfeeding, does baclofen get into milk", .relative, [S.aWho]),
  JudgedQuery(
    "my dad wants to know how long until baclofen works", .relative, [S.aWork, S.cWhat]),
  JudgedQuery(
    "my mum's doctor keeps raising her baclofen dose", .relative, [S.aTake, S.sDose, S.aWork]),
  JudgedQuery(
    "my partner started baclofen while still drinking, is that normal", .relative, [S.rTake]),
  JudgedQuery(
    "my daughter takes baclofen to calm her anxiety", .relative,
    [S.cAbused, S.cRisk, S.cGetHigh, S.cAddictive, S.rPros]),
  JudgedQuery(
    "my husband does heavy lifting at work, is baclofen ok", .relative, [S.rNotBest, S.rPros]),
  JudgedQuery(
    "my dad's baclofen tablets upset his stomach", .relative,
    [S.aTake, S.aSide, S.rSide, S.sSide]),
]

/// Near the topic, but the articles hold no direct answer.
private let fifthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "how much does baclofen cost in australia"),
  JudgedQuery(uncovered: "lioresal price in canada without insurance"),
  JudgedQuery(uncovered: "nhs prescription charge for baclofen"),
  JudgedQuery(uncovered: "can i drink grapefruit juice with baclofen"),
  JudgedQuery(uncovered: "is it ok to take ibuprofen with baclofen"),
  JudgedQuery(uncovered: "can baclofen make your hair fall out"),
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "will baclofen show up on a work drug test"),
  JudgedQuery(uncovered: "can i have coffee with baclofen"),
  JudgedQuery(uncovered: "acamprosate side effects"),
  JudgedQuery(uncovered: "what does disulfiram do if you drink"),
  JudgedQuery(uncovered: "baclofen and erectile dysfunction"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "cyclobenzaprine vs baclofen"),
  JudgedQuery(uncovered: "methocarbamol dose for back spasms"),
  JudgedQuery(uncovered: "can my dog take baclofen"),
  JudgedQuery(uncovered: "baclofen for tinnitus"),
  JudgedQuery(uncovered: "does baclofen expire after a year"),
  JudgedQuery(uncovered: "liquid baclofen oral solution strength"),
  JudgedQuery(uncovered: "baclofen memory loss long term"),
  JudgedQuery(uncovered: "can i get the flu jab while on baclofen"),
  JudgedQuery(uncovered: "smoking cannabis on baclofen"),
  JudgedQuery(uncovered: "phenibut compared to baclofen"),
  JudgedQuery(uncovered: "dantrolene for muscle spasms"),
  JudgedQuery(uncovered: "naltrexone dose for drinking"),
  JudgedQuery(uncovered: "gabapentin side effects"),
  JudgedQuery(uncovered: "tizanidine maximum dose per day"),
  JudgedQuery(uncovered: "how often does an intrathecal pump need refilling"),
  JudgedQuery(uncovered: "can i fly with baclofen in hand luggage"),
  JudgedQuery(uncovered: "does baclofen give you a dry mouth"),
]
