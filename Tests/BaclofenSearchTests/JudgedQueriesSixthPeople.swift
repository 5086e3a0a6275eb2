private typealias Six = SixthSection

/// Relatives' and carers' queries, and questions the articles leave unanswered, of the sixth set.
let sixthPeopleQueries = sixthRelativeQueries + sixthUncoveredQueries

/// A relative or carer asking about someone else.
let sixthRelativeQueries = [
  JudgedQuery(
    "my mum is on baclofen and keeps nodding off in her chair", .relative,
    [
      Six.aSide, Six.rSide, Six.sSide, Six.aWho, Six.cBalance,
    ]),
  JudgedQuery(
    "my dad is 82 and muddled since he started baclofen", .relative,
    [
      Six.aWho, Six.aSide, Six.sCall, Six.cMonitor,
    ]),
  JudgedQuery(
    "will baclofen loosen my son's legs, he has cerebral palsy", .relative,
    [
      Six.aUses, Six.aIntro, Six.sUsed, Six.cWhat,
    ]),
  JudgedQuery(
    "my husband has a few pints every night on top of his baclofen", .relative,
    [
      Six.sSafety, Six.cAvoid, Six.cAbused, Six.cBalance, Six.cGetHigh, Six.rIntro,
    ]),
  JudgedQuery(
    "my wife stopped her baclofen all at once and now sees things", .relative,
    [
      Six.aStop, Six.sCaution, Six.cAddictive, Six.aLong, Six.sCall, Six.cFollow,
    ]),
  JudgedQuery(
    "my daughter took some of her brother's baclofen", .relative,
    [
      Six.cAvoid, Six.cRisk,
    ]),
  JudgedQuery(
    "think my teenager has been taking my muscle relaxers", .relative,
    [
      Six.cRisk, Six.cAvoid,
    ]),
  JudgedQuery(
    "my partner takes way more baclofen than the doctor said", .relative,
    [
      Six.cAbused, Six.cGetHigh, Six.cFollow, Six.cAvoid, Six.cPhysical, Six.cRisk,
    ]),
  JudgedQuery(
    "found my brother passed out next to his baclofen", .relative,
    [
      Six.aOverdose, Six.cPhysical,
    ]),
  JudgedQuery(
    "my nan has bad kidneys, can she be given baclofen", .relative,
    [
      Six.aKidney, Six.aWho, Six.sSafety, Six.rNotBest, Six.rSide,
    ]),
  JudgedQuery("my sister is nursing her baby and is on baclofen", .relative, [Six.aWho]),
  JudgedQuery(
    "dad has cirrhosis and still can't stop drinking", .relative,
    [
      Six.rLiver, Six.rHelpful, Six.rPros,
    ]),
  JudgedQuery(
    "my uncle forgot his evening baclofen, should he take it now", .relative,
    [
      Six.aMissed
    ]),
  JudgedQuery(
    "my son's spasms are suddenly much worse and he's running a temperature", .relative,
    [
      Six.sCall, Six.sCaution,
    ]),
  JudgedQuery(
    "my father has MS and takes baclofen, is he safe behind the wheel", .relative,
    [
      Six.aDriving, Six.sSide,
    ]),
  JudgedQuery(
    "my wife wants to try baclofen to give up wine, is there proof it works", .relative,
    [
      Six.rEvidence, Six.oAlcohol, Six.rIntro, Six.cAud, Six.rSummary, Six.oSummary, Six.sOffLabel,
    ]),
  JudgedQuery(
    "my boyfriend says baclofen gives him a buzz", .relative,
    [
      Six.cHigh, Six.cGetHigh, Six.cAbused,
    ]),
  JudgedQuery(
    "how can I tell if my husband is misusing his baclofen", .relative,
    [
      Six.cBehaviour, Six.cAbused, Six.cRisk,
    ]),
  JudgedQuery(
    "mum has taken baclofen for years, does she have to cut down slowly", .relative,
    [
      Six.aStop, Six.aLong, Six.rPros, Six.sCaution,
    ]),
  JudgedQuery("my son broke his back, how long will he need baclofen", .relative, [Six.aLong]),
  JudgedQuery(
    "what amount of baclofen will my dad be started on", .relative,
    [
      Six.aTake, Six.sDose,
    ]),
  JudgedQuery(
    "grandad is having a pump fitted in his spine, what is it", .relative,
    [
      Six.sUsed, Six.aAlts, Six.sDose,
    ]),
  JudgedQuery(
    "my wife has epilepsy, should she be careful with baclofen", .relative,
    [
      Six.aWho
    ]),
  JudgedQuery(
    "could baclofen make my daughter's depression worse", .relative,
    [
      Six.aWho, Six.aSide,
    ]),
  JudgedQuery(
    "baclofen leaves my husband too weak for his building job", .relative,
    [
      Six.rNotBest, Six.rPros, Six.aSide, Six.cMonitor,
    ]),
  JudgedQuery(
    "a friend is using baclofen to get off crack", .relative,
    [
      Six.oStimulants, Six.rHelpful, Six.rPros,
    ]),
  JudgedQuery(
    "my brother is coming off heroin, could baclofen help him", .relative,
    [
      Six.oOpiates
    ]),
  JudgedQuery(
    "the lady I care for takes baclofen and sleeping tablets", .relative,
    [
      Six.cAvoid, Six.sSafety, Six.cBalance,
    ]),
  JudgedQuery(
    "dad's baclofen gives him an upset tummy", .relative,
    [
      Six.aTake, Six.aSide, Six.rSide,
    ]),
  JudgedQuery("my son struggles to get his tablets down", .relative, [Six.aBrands]),
  JudgedQuery(
    "is my wife addicted to her baclofen", .relative,
    [
      Six.cAddictive, Six.cIntro, Six.cNeedHelp, Six.cMonitor,
    ]),
  JudgedQuery(
    "how do I support a family member hooked on baclofen", .relative,
    [
      Six.cRisk, Six.cBehaviour, Six.cRecovery, Six.cTreatment,
    ]),
  JudgedQuery(
    "mum's doctor mentioned swapping baclofen for tizanidine", .relative,
    [
      Six.aTiz, Six.aAlts,
    ]),
  JudgedQuery(
    "my husband is on 100mg baclofen a day, is that too high", .relative,
    [
      Six.aTake, Six.sDose, Six.cGetHigh, Six.rEvidence,
    ]),
  JudgedQuery(
    "residential rehab for my son's baclofen problem", .relative,
    [
      Six.cTreatment, Six.cApproaches, Six.cRecovery,
    ]),
  JudgedQuery(
    "my wife swallowed too many baclofen, should I make her throw up", .relative,
    [
      Six.aOverdose
    ]),
  JudgedQuery(
    "my father's speech is slurred and his chest hurts on baclofen", .relative,
    [
      Six.rSide, Six.aSide,
    ]),
  JudgedQuery(
    "what does baclofen do inside my daughter's body", .relative,
    [
      Six.aWork, Six.aWhat, Six.cWhat, Six.sMechanism, Six.aIntro, Six.sIntro, Six.oIntro,
    ]),
  JudgedQuery(
    "my sister is struggling to breathe after her baclofen", .relative,
    [
      Six.aSide, Six.sCall, Six.aOverdose, Six.sSafety, Six.cAvoid,
    ]),
  JudgedQuery(
    "my elderly neighbour I look after keeps falling on baclofen", .relative,
    [
      Six.aWho
    ]),
]

/// Questions a patient or relative would ask that none of the five articles answers.
let sixthUncoveredQueries = [
  JudgedQuery(uncovered: "can I take ibuprofen with baclofen"),
  JudgedQuery(uncovered: "does baclofen cause weight gain"),
  JudgedQuery(uncovered: "baclofen and grapefruit juice"),
  JudgedQuery(uncovered: "is my hair falling out because of baclofen"),
  JudgedQuery(uncovered: "can baclofen cause erection problems"),
  JudgedQuery(uncovered: "will baclofen show up on a drug test at work"),
  JudgedQuery(uncovered: "baclofen dose for a 5 year old"),
  JudgedQuery(uncovered: "how much does a baclofen prescription cost on the NHS"),
  JudgedQuery(uncovered: "can I give my dog baclofen"),
  JudgedQuery(uncovered: "can I take baclofen in my hand luggage when flying abroad"),
  JudgedQuery(uncovered: "does baclofen stop the contraceptive pill working"),
  JudgedQuery(uncovered: "is it ok to drink coffee on baclofen"),
  JudgedQuery(uncovered: "baclofen dry mouth"),
  JudgedQuery(uncovered: "blurry vision since starting baclofen"),
  JudgedQuery(uncovered: "how do I get rid of leftover baclofen tablets"),
  JudgedQuery(uncovered: "how often does a baclofen pump need refilling"),
  JudgedQuery(uncovered: "does baclofen help parkinson's tremor"),
  JudgedQuery(uncovered: "baclofen for restless legs at night"),
  JudgedQuery(uncovered: "can baclofen and gabapentin be taken together"),
  JudgedQuery(uncovered: "can baclofen mess up my periods"),
  JudgedQuery(uncovered: "what does a 10mg baclofen tablet look like"),
  JudgedQuery(uncovered: "are out of date baclofen tablets still safe"),
  JudgedQuery(uncovered: "having an operation under general anaesthetic while on baclofen"),
  JudgedQuery(uncovered: "baclofen to prevent migraines"),
  JudgedQuery(uncovered: "sweating a lot on baclofen"),
  JudgedQuery(uncovered: "is there a baclofen skin patch"),
  JudgedQuery(uncovered: "can I have the covid jab while taking baclofen"),
  JudgedQuery(uncovered: "baclofen ringing in the ears"),
  JudgedQuery(uncovered: "my son's baclofen pump alarm is beeping what do we do"),
  JudgedQuery(uncovered: "does baclofen raise blood sugar in diabetics"),
]
