private typealias S = ArticleSections

/// Relatives' and carers' questions for the twelfth set: a parent, partner, child or carer asking
/// about someone else.
let twelfthRelativeQueries: [JudgedQuery] = [
  JudgedQuery(
    "my mum is 82 and keeps nodding off and getting muddled on baclofen", .relative,
    [S.aWho, S.aSide, S.sCall]),
  JudgedQuery(
    "my husband stopped his baclofen and now he is seeing things", .relative,
    [S.aStop, S.sCaution, S.cAddictive, S.sCall]),
  JudgedQuery(
    "my son is taking his baclofen to get high", .relative,
    [S.cRisk, S.cGetHigh, S.cHigh, S.cAbused, S.cBehaviour]),
  JudgedQuery(
    "my teenager found my baclofen, how do I keep it away from him", .relative,
    [S.cAvoid, S.cRisk]),
  JudgedQuery(
    "my wife has wine every night with her baclofen, is that dangerous", .relative,
    S.twelfthAlcoholMix),
  JudgedQuery(
    "my dad's kidneys are failing, should he still be on baclofen", .relative, S.twelfthKidney),
  JudgedQuery(
    "my daughter has cerebral palsy, how does baclofen help her", .relative,
    [S.aIntro, S.aUses, S.sUsed, S.cWhat, S.aWork, S.sMechanism]),
  JudgedQuery(
    "my partner seems to depend on baclofen, how can I help him", .relative,
    [S.cRisk, S.cBehaviour] + S.twelfthGetHelp),
  JudgedQuery(
    "my brother swallowed a whole bottle of baclofen", .relative, [S.aOverdose, S.cPhysical]),
  JudgedQuery("my grandmother keeps forgetting her baclofen doses", .relative, [S.aMissed]),
  JudgedQuery(
    "my husband's drinking is out of control, could baclofen help him", .relative,
    S.twelfthDrinkingHelp),
  JudgedQuery(
    "my father has cirrhosis from the drink, is baclofen an option for him", .relative,
    S.twelfthLiverAud),
  JudgedQuery("my girlfriend is expecting and takes baclofen", .relative, S.twelfthPregnancy),
  JudgedQuery(
    "my son with MS is starting baclofen, what should we watch out for", .relative,
    S.twelfthCommonSide + [S.sCall]),
  JudgedQuery("can my elderly mother take baclofen safely", .relative, [S.aWho]),
  JudgedQuery(
    "my wife wants to drive the kids to school while she's on baclofen", .relative,
    S.twelfthDriving),
  JudgedQuery(
    "my husband uses his baclofen to calm his nerves and get to sleep", .relative,
    [S.cAbused, S.cRisk, S.cAddictive]),
  JudgedQuery(
    "my dad is passed out and barely breathing after his pills", .relative,
    [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery(
    "my sister wants to come off her baclofen, how should she do it", .relative, S.twelfthTaper),
  JudgedQuery(
    "I care for a man with a spinal injury whose spasms the tablets don't control", .relative,
    [S.sUsed, S.aAlts, S.sShort]),
  JudgedQuery(
    "mum's specialist mentioned a pump for her baclofen, what is that", .relative,
    S.twelfthPump),
  JudgedQuery(
    "my son's spasms suddenly got much worse and he has a temperature", .relative,
    [S.sCall, S.sCaution]),
  JudgedQuery(
    "my partner ran out of baclofen over the weekend", .relative,
    S.twelfthWithdrawal + [S.sCall]),
  JudgedQuery(
    "my nephew mixes baclofen with other drugs at parties", .relative,
    [S.cGetHigh, S.cRisk, S.cAbused]),
  JudgedQuery(
    "my wife takes baclofen along with her sleeping tablets and strong painkillers", .relative,
    S.twelfthSedatives),
  JudgedQuery(
    "the doctor suggested my dad swap baclofen for tizanidine, which is better", .relative,
    [S.aTiz, S.aAlts]),
  JudgedQuery(
    "my mother is very drowsy since her baclofen was increased", .relative,
    S.twelfthSleepy + [S.cMonitor, S.aWho]),
  JudgedQuery(
    "my husband is a builder, can he work while taking baclofen", .relative,
    [S.rNotBest, S.rPros, S.aDriving]),
  JudgedQuery(
    "my son wants to try baclofen for his cocaine habit", .relative, S.twelfthCocaine),
  JudgedQuery("my brother is getting off heroin, would baclofen help", .relative, [S.oOpiates]),
  JudgedQuery(
    "my dad suffers from depression, is baclofen ok for him", .relative,
    [S.aWho, S.aSide, S.rSide]),
  JudgedQuery("my mum had fits years ago, can she take baclofen", .relative, [S.aWho]),
  JudgedQuery(
    "my daughter is nursing her baby, does her baclofen get into the milk", .relative, [S.aWho]),
  JudgedQuery(
    "how can I tell if my husband is abusing his baclofen", .relative, S.twelfthMisuseSigns),
  JudgedQuery(
    "my wife's baclofen isn't doing anything for her drinking", .relative,
    [S.oAlcohol, S.oSummary, S.rPros, S.rSummary, S.cBalance]),
  JudgedQuery(
    "should my father go into a clinic or stay at home to get off baclofen", .relative,
    [S.cApproaches]),
  JudgedQuery(
    "my son is recovering from baclofen dependence, how do we support him", .relative,
    [S.cRecovery, S.cApproaches, S.cRisk]),
  JudgedQuery(
    "my partner won't admit he has a problem with baclofen", .relative,
    [S.cNeedHelp, S.cRisk, S.cBehaviour]),
  JudgedQuery(
    "what dose of baclofen will my mum be started on", .relative, [S.aTake, S.sDose]),
  JudgedQuery(
    "my dad gets allergic reactions to lots of tablets, should he avoid baclofen", .relative,
    [S.aWho, S.aSide]),
]

/// Uncovered questions for the twelfth set: real questions that no section of the five articles
/// answers.
let twelfthUncoveredQueries: [JudgedQuery] = [
  JudgedQuery(uncovered: "does baclofen make you put on weight"),
  JudgedQuery(uncovered: "my hair is falling out, is it the baclofen"),
  JudgedQuery(uncovered: "will baclofen show up on a workplace drug test"),
  JudgedQuery(uncovered: "can I have coffee while on baclofen"),
  JudgedQuery(uncovered: "does baclofen prevent migraines"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "what dose of baclofen for a child who weighs 20 kg"),
  JudgedQuery(uncovered: "does baclofen lower your sex drive"),
  JudgedQuery(uncovered: "is it ok to take baclofen that expired last year"),
  JudgedQuery(uncovered: "can I take my baclofen on a plane to another country"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "baclofen ringing in the ears"),
  JudgedQuery(uncovered: "does baclofen affect blood pressure"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "which company makes baclofen"),
  JudgedQuery(uncovered: "can I use a sauna while taking baclofen"),
  JudgedQuery(uncovered: "my dad is diabetic, does baclofen change blood sugar"),
  JudgedQuery(uncovered: "can my mum have her flu jab while on baclofen"),
  JudgedQuery(uncovered: "does baclofen help with tics in Tourette's"),
  JudgedQuery(uncovered: "baclofen for grinding teeth at night"),
  JudgedQuery(uncovered: "does baclofen give you a dry mouth"),
  JudgedQuery(uncovered: "sweating a lot since starting baclofen"),
  JudgedQuery(uncovered: "what colour is a 10 mg baclofen tablet"),
  JudgedQuery(uncovered: "baclofen or cyclobenzaprine, which is better"),
  JudgedQuery(uncovered: "is there a baclofen cream I can rub on my back"),
  JudgedQuery(uncovered: "baclofen for acid reflux"),
  JudgedQuery(uncovered: "will baclofen help me give up smoking"),
  JudgedQuery(uncovered: "can I give my dog baclofen"),
  JudgedQuery(uncovered: "baclofen blurry vision"),
  JudgedQuery(uncovered: "should baclofen be kept in the fridge"),
]
