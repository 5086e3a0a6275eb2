/// Everyday-words queries and misspellings of the fifth set.
let fifthEverydayQueries = fifthPlainWordsQueries + fifthMisspelledQueries

private typealias S = FifthSection

/// How a patient talks without medical words.
private let fifthPlainWordsQueries: [JudgedQuery] = [
  JudgedQuery(
    "so sleepy all day on these muscle pills", .everyday,
    [S.aSide, S.rSide, S.sSide, S.cBalance]),
  JudgedQuery("head spinning since i started the tablets", .everyday, [S.aSide, S.rSide, S.sSide]),
  JudgedQuery(
    "feel sick to my stomach after my dose", .everyday, [S.aSide, S.sSide, S.rSide, S.aTake]),
  JudgedQuery("can't go to the toilet since starting it", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("peeing all the time on baclofen", .everyday, [S.rSide]),
  JudgedQuery("can't sleep at night on it", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("my legs feel like jelly", .everyday, [S.aSide, S.rSide, S.sSide, S.cMonitor]),
  JudgedQuery("forgot to take my tablet this morning", .everyday, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery("took two by accident", .everyday, [S.aOverdose, S.aMissed]),
  JudgedQuery(
    "want to come off it, how do i cut down", .everyday,
    [S.aStop, S.aLong, S.sCaution, S.cFollow, S.cMonitor, S.cApproaches, S.rPros]),
  JudgedQuery("does it make you feel spaced out", .everyday, [S.cHigh]),
  JudgedQuery(
    "will it loosen my stiff muscles", .everyday,
    [S.aUses, S.aIntro, S.sIntro, S.sUsed, S.cWhat, S.sMechanism]),
  JudgedQuery(
    "can i have a glass of wine with it", .everyday,
    [S.cAbused, S.cGetHigh, S.cAvoid, S.cBalance, S.sSafety, S.rIntro]),
  JudgedQuery("is it ok to take with breakfast", .everyday, [S.aTake]),
  JudgedQuery(
    "seeing things that aren't there", .everyday,
    [S.aSide, S.rSide, S.aStop, S.sCaution, S.cAddictive]),
  JudgedQuery("heart racing after baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "pills to stop me wanting a drink", .everyday,
    [S.cAud, S.rIntro, S.rWork, S.rEvidence, S.oAlcohol, S.sOffLabel, S.rTake, S.rHelpful]),
  JudgedQuery(
    "my liver is shot from drinking, can i still take it", .everyday,
    [S.rLiver, S.rPros, S.rHelpful, S.rIntro, S.aWho]),
  JudgedQuery(
    "my kidneys don't work properly", .everyday,
    [S.aKidney, S.aWho, S.sSafety, S.rSide, S.rNotBest]),
  JudgedQuery("hard to swallow tablets", .everyday, [S.aBrands]),
  JudgedQuery(
    "i need it just to get through the day", .everyday, [S.cAddictive, S.cMonitor, S.cNeedHelp]
  ),
  JudgedQuery("started popping extra ones on bad days", .everyday, [S.cAbused, S.cRisk, S.cAvoid]),
  JudgedQuery(
    "hooked on baclofen where do i get help", .everyday,
    [S.cTreatment, S.cApproaches, S.cRecovery, S.cNeedHelp]),
  JudgedQuery(
    "is it safe to work on a building site on this", .everyday,
    [S.rNotBest, S.rPros, S.aDriving, S.sSide]),
  JudgedQuery("muscle relaxer that won't knock me out as much", .everyday, [S.aTiz, S.aAlts]),
  JudgedQuery("cheaper version of baclofen", .everyday, [S.aBrands]),
  JudgedQuery("burning up and stiff after running out", .everyday, [S.sCall, S.sCaution, S.aStop]),
  JudgedQuery(
    "shaky and anxious since i stopped", .everyday,
    [S.cAddictive, S.cFollow, S.cApproaches, S.cBalance, S.aStop, S.sCaution]),
  JudgedQuery(
    "breathing feels slow and shallow", .everyday,
    [S.aSide, S.sCall, S.aOverdose, S.cPhysical, S.cBalance, S.cAvoid, S.sSafety]),
  JudgedQuery("how fast does it kick in", .everyday, [S.aWork, S.cWhat]),
  JudgedQuery(
    "the thing they put in your spine for stiffness", .everyday,
    [S.sUsed, S.aAlts, S.sDose, S.sShort]),
  JudgedQuery("can my friend have some of mine", .everyday, [S.cAvoid]),
  JudgedQuery("where to keep it away from the kids", .everyday, [S.cAvoid, S.cRisk]),
  JudgedQuery(
    "feel calm and floaty on a bigger dose", .everyday, [S.cHigh, S.cAbused, S.cGetHigh]),
  JudgedQuery(
    "does it stop the shakes when you quit booze", .everyday,
    [S.cAud, S.rEvidence, S.rTake, S.rIntro, S.oAlcohol, S.rHelpful]),
  JudgedQuery("what sort of pill is baclofen", .everyday, [S.aWhat, S.oIntro, S.cWhat, S.aIntro]),
  JudgedQuery("baby on the way, is it safe", .everyday, [S.aWho, S.rSide]),
  JudgedQuery("feeling really down since starting it", .everyday, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery("words coming out slurred", .everyday, [S.rSide]),
  JudgedQuery("pee looks dark", .everyday, [S.rSide]),
]

/// Realistic typos of words the articles use.
private let fifthMisspelledQueries: [JudgedQuery] = [
  JudgedQuery("baclofin side affects", .misspelling, [S.aSide, S.rSide, S.sSide]),
  JudgedQuery(
    "backlofen withdrawl", .misspelling,
    [S.aLong, S.aStop, S.sCaution, S.cAddictive, S.cFollow, S.cBalance, S.cApproaches]),
  JudgedQuery("tizanadine vs baclofen", .misspelling, [S.aTiz, S.aAlts]),
  JudgedQuery("intrathecle pump", .misspelling, [S.sUsed, S.aAlts, S.sDose, S.sShort]),
  JudgedQuery(
    "alcohal cravings baclofen", .misspelling,
    [S.cAud, S.rEvidence, S.rWork, S.rIntro, S.oAlcohol, S.sOffLabel, S.rTake, S.rHelpful]),
  JudgedQuery("baclofen overdoes", .misspelling, [S.aOverdose, S.cPhysical, S.cBalance]),
  JudgedQuery("hicups treatment", .misspelling, [S.sOffLabel]),
  JudgedQuery(
    "siezures stopping baclofen", .misspelling,
    [S.aLong, S.aStop, S.sCaution, S.cAddictive, S.cFollow, S.cBalance, S.cApproaches]),
  JudgedQuery("liorisal brand", .misspelling, [S.aBrands, S.oIntro]),
  JudgedQuery(
    "kidny disease baclofen", .misspelling,
    [S.aKidney, S.aWho, S.sSafety, S.rSide, S.rNotBest]),
  JudgedQuery("cirosis and baclofen", .misspelling, [S.rLiver, S.rPros, S.rHelpful]),
  JudgedQuery(
    "halucinations on baclofen", .misspelling,
    [S.aSide, S.rSide, S.aStop, S.sCaution, S.cAddictive]),
  JudgedQuery("constipaton", .misspelling, [S.aSide, S.rSide]),
  JudgedQuery("drowsyness baclofen driving", .misspelling, [S.aDriving, S.sSide]),
  JudgedQuery(
    "spasticty ms", .misspelling, [S.aUses, S.sUsed, S.sIntro, S.aIntro, S.cWhat]),
  JudgedQuery("missed doze what to do", .misspelling, [S.aMissed, S.sCall, S.cFollow]),
  JudgedQuery(
    "is baclofen addictve", .misspelling, [S.cAddictive, S.cIntro, S.rPros, S.cFinal]),
  JudgedQuery("pregnent baclofen", .misspelling, [S.aWho, S.rSide]),
  JudgedQuery(
    "cocain addiction", .misspelling, [S.oStimulants, S.rHelpful, S.rPros, S.oIntro]),
  JudgedQuery(
    "tapring off baclofen", .misspelling,
    [S.aLong, S.aStop, S.sCaution, S.rPros, S.cApproaches]),
  JudgedQuery(
    "gaba recepter", .misspelling,
    [S.aWork, S.cWhat, S.sMechanism, S.rWork, S.oIntro, S.cAud]),
  JudgedQuery("dizzyness and nausia", .misspelling, [S.aSide, S.rSide, S.sSide]),
  JudgedQuery("botulinim toxin spasticity", .misspelling, [S.aAlts, S.sShort]),
  JudgedQuery("gablofin", .misspelling, [S.aBrands, S.oIntro]),
  JudgedQuery("opiod withdrawl baclofen", .misspelling, [S.oOpiates]),
]
