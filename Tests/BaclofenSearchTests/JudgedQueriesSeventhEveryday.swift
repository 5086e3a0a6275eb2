private typealias S = SeventhSection

/// Everyday words for the body and feelings, as people type them.
let seventhEverydayQueries: [JudgedQuery] = [
  JudgedQuery("muscle relaxer makes me sleepy all day", .everyday, S.sideEffects + [S.cBalance]),
  JudgedQuery(
    "legs so stiff I can barely walk will baclofen help", .everyday,
    [S.aUses, S.sUsed, S.sIntro, S.aIntro]),
  JudgedQuery("feel woozy and dizzy on my new tablets", .everyday, S.sideEffects),
  JudgedQuery("can i have a beer on baclofen", .everyday, S.mixing),
  JudgedQuery("ran out of pills what happens", .everyday, S.stopping + [S.sCall]),
  JudgedQuery("wine with muscle relaxant", .everyday, S.mixing + [S.rIntro]),
  JudgedQuery("tummy upset after taking it", .everyday, [S.aTake, S.aSide, S.rSide, S.sSide]),
  JudgedQuery("cant poo since starting baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("peeing a lot", .everyday, [S.rSide]),
  JudgedQuery(
    "seeing things that arent there", .everyday, [S.aSide, S.rSide, S.sCaution, S.aStop]),
  JudgedQuery("heart pounding on baclofen", .everyday, [S.rSide, S.aSide]),
  JudgedQuery("pee is dark brown", .everyday, [S.rSide]),
  JudgedQuery("cant sleep at night since the tablets", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("feel weak and floppy", .everyday, S.sideEffects + [S.cMonitor]),
  JudgedQuery("hard to swallow pills is there another kind", .everyday, [S.aBrands]),
  JudgedQuery("is the cheap version as good", .everyday, [S.aBrands]),
  JudgedQuery("want to come off it", .everyday, S.stopping + [S.cMonitor, S.cApproaches]),
  JudgedQuery("cold turkey", .everyday, S.stopping + [S.cAddictive]),
  JudgedQuery("took two by mistake", .everyday, [S.aMissed, S.aOverdose]),
  JudgedQuery("forgot my morning tablet do i double up", .everyday, [S.aMissed]),
  JudgedQuery("ok to take on an empty stomach", .everyday, [S.aTake]),
  JudgedQuery(
    "crave booze all the time need something to stop the urge", .everyday,
    [S.cAud, S.rIntro, S.rEvidence, S.sOffLabel, S.rHelpful]),
  JudgedQuery(
    "drinking problem and a bad liver which pill", .everyday,
    [S.rLiver, S.rHelpful, S.rPros, S.rIntro]),
  JudgedQuery("do i have to quit drinking before starting", .everyday, [S.rTake]),
  JudgedQuery("shakes when i stop drinking", .everyday, [S.cAud, S.rEvidence, S.oAlcohol]),
  JudgedQuery("feel spaced out and out of it", .everyday, [S.cHigh]),
  JudgedQuery(
    "hooked on muscle relaxers", .everyday,
    [S.cAddictive, S.cTreatment, S.cApproaches, S.cNeedHelp]),
  JudgedQuery(
    "taking extra to calm my nerves", .everyday, [S.cAbused, S.cAddictive, S.cRisk, S.cAvoid]),
  JudgedQuery(
    "can't get through the day without it", .everyday, [S.cAddictive, S.cMonitor, S.cNeedHelp]),
  JudgedQuery("hiccups wont go away for weeks", .everyday, [S.sOffLabel]),
  JudgedQuery("spasms in my back after surgery how long on these", .everyday, [S.aLong]),
  JudgedQuery(
    "stiffness getting worse all of a sudden with a temperature", .everyday, [S.sCall, S.sCaution]),
  JudgedQuery("my doses keep going up is that normal", .everyday, [S.aTake, S.aWork, S.sDose]),
  JudgedQuery("pump in the spine for spasms", .everyday, [S.sUsed, S.aAlts, S.sShort]),
  JudgedQuery("physically demanding job muscle relaxant", .everyday, [S.rNotBest, S.rPros]),
  JudgedQuery("can i take it with my sleeping pills", .everyday, [S.sSafety, S.cAvoid]),
  JudgedQuery("oxycodone and baclofen together", .everyday, [S.sSafety, S.cAvoid, S.cBalance]),
  JudgedQuery("feeling down and low since starting", .everyday, [S.aSide, S.rSide, S.aWho]),
  JudgedQuery("so tired i cant work", .everyday, S.sideEffects + [S.cBalance, S.cMonitor]),
  JudgedQuery("can i give my tablets to my brother he has the same spasms", .everyday, [S.cAvoid]),
]

/// Realistic typos: dropped, swapped and doubled letters, phonetic spellings, split words.
let seventhMisspellingQueries: [JudgedQuery] = [
  JudgedQuery("baclofin side effects", .misspelling, S.sideEffects),
  JudgedQuery("bacolfen withdrawl", .misspelling, S.stopping + [S.cAddictive]),
  JudgedQuery("backlofen and alchohol", .misspelling, S.mixing),
  JudgedQuery("tizanadine vs baclophen", .misspelling, [S.aTiz, S.aAlts]),
  JudgedQuery("baclfen dosage", .misspelling, [S.aTake, S.sDose]),
  JudgedQuery("is baclofen adictive", .misspelling, [S.cAddictive, S.rPros]),
  JudgedQuery("baclofen kidny disease", .misspelling, [S.aKidney, S.aWho, S.sSafety, S.rNotBest]),
  JudgedQuery("lioresall", .misspelling, [S.aBrands, S.oIntro]),
  JudgedQuery("missd a dose baclofen", .misspelling, [S.aMissed]),
  JudgedQuery("baclofen over dose", .misspelling, [S.aOverdose]),
  JudgedQuery("hicups baclofen", .misspelling, [S.sOffLabel]),
  JudgedQuery("multiple sclerossis spasms", .misspelling, [S.aUses, S.sUsed, S.aIntro, S.sIntro]),
  JudgedQuery(
    "cerebal palsy muscle relaxant", .misspelling, [S.aUses, S.sUsed, S.aIntro, S.cWhat]),
  JudgedQuery("siezures S.stopping baclofen", .misspelling, S.stopping + [S.cAddictive]),
  JudgedQuery("halucinations baclofen", .misspelling, [S.aSide, S.rSide, S.sCaution, S.aStop]),
  JudgedQuery("driveing on baclofen", .misspelling, [S.aDriving, S.sSide]),
  JudgedQuery("pregnent baclofen", .misspelling, [S.aWho, S.rSide]),
  JudgedQuery("baclofen liver cirosis", .misspelling, [S.rLiver, S.rPros]),
  JudgedQuery("cocaine adiction baclofen", .misspelling, [S.oStimulants, S.rHelpful, S.rPros]),
  JudgedQuery("baclofen eforia high", .misspelling, [S.cHigh, S.cGetHigh]),
  JudgedQuery("drowzy all the time", .misspelling, S.sideEffects),
  JudgedQuery("tapper off baclofen", .misspelling, [S.aStop, S.aLong, S.sCaution, S.rPros]),
  JudgedQuery("intrathecle baclofen pump", .misspelling, [S.sUsed, S.aAlts, S.sDose]),
  JudgedQuery(
    "bac lofen for alcohol cravings", .misspelling,
    [S.cAud, S.rEvidence, S.oAlcohol, S.sOffLabel, S.rIntro]),
  JudgedQuery("spacticity medicaton", .misspelling, [S.aUses, S.sUsed, S.sIntro]),
]
