/// The ninth set's everyday queries: how a patient says it, without medical words. Written
/// with the rest of the ninth set, from the articles alone, before it was run; held back.
private typealias S = ArticleSections

let ninthEverydayQueries: [JudgedQuery] = [
  JudgedQuery(
    "my legs go rigid and won't bend", .everyday, S.ninthUses + [S.sMechanism, S.aWork]),
  JudgedQuery("tablets make me so sleepy i can barely function", .everyday, S.ninthSleepy),
  JudgedQuery("keep needing the loo since starting the muscle pills", .everyday, [S.rSide]),
  JudgedQuery("forgot to take my pill this morning", .everyday, S.ninthMissed),
  JudgedQuery("swallowed way too many of my pills by accident", .everyday, S.ninthTooMuch),
  JudgedQuery("want to come off my muscle tablets", .everyday, S.ninthStop),
  JudgedQuery(
    "feel woozy and the room spins", .everyday, [S.aSide, S.sSide, S.rSide, S.aDriving]),
  JudgedQuery(
    "tummy upset after my tablets", .everyday, [S.aTake, S.aSide, S.sSide, S.rSide]),
  JudgedQuery("can i have a pint with my muscle pills", .everyday, S.ninthDrink),
  JudgedQuery("ok to drive to work on these pills", .everyday, S.ninthDrive),
  JudgedQuery("pills to help me quit the booze", .everyday, S.ninthAud),
  JudgedQuery(
    "feel like i can't get through the day without them", .everyday,
    [S.cAddictive, S.cMonitor, S.cNeedHelp, S.cIntro]),
  JudgedQuery(
    "taking extra pills on bad days to calm down", .everyday,
    [S.cAbused, S.cRisk, S.cAvoid, S.cAddictive]),
  JudgedQuery("do these pills make you feel off your face", .everyday, S.ninthHigh),
  JudgedQuery("seeing things that aren't there since i ran out", .everyday, S.ninthVisions),
  JudgedQuery(
    "cramping and twitching muscles won't stop", .everyday,
    [S.aUses, S.cWhat, S.oIntro, S.aIntro, S.sIntro]),
  JudgedQuery("how do these pills calm my nerves down", .everyday, S.ninthHow),
  JudgedQuery(
    "trouble swallowing tablets any that melt on your tongue", .everyday, [S.aBrands, S.oIntro]),
  JudgedQuery("cheaper version of my muscle pill", .everyday, [S.aBrands]),
  JudgedQuery("my pee is dark and there's blood in it", .everyday, [S.rSide]),
  JudgedQuery("heart pounding and chest hurts after my tablets", .everyday, [S.rSide, S.aSide]),
  JudgedQuery(
    "feel down and low since starting the muscle pills", .everyday, [S.aSide, S.rSide, S.aWho]),
  JudgedQuery(
    "hot and feverish with stiff muscles after missing pills", .everyday,
    [S.sCall, S.sCaution]),
  JudgedQuery("when will the tablets kick in", .everyday, [S.aWork, S.cWhat]),
  JudgedQuery("keep forgetting my tablets any tips", .everyday, [S.aMissed]),
  JudgedQuery("should i eat something before the pills", .everyday, [S.aTake]),
  JudgedQuery(
    "my body is heavy and floppy since upping the dose", .everyday,
    [S.aSide, S.sSide, S.rSide, S.cMonitor]),
  JudgedQuery("worried my bad kidneys will make pills build up", .everyday, S.ninthKidney),
  JudgedQuery(
    "my drinking has wrecked my liver, what can i take", .everyday,
    [S.rLiver, S.rHelpful, S.rPros, S.rIntro]),
  JudgedQuery("hiccups for days nothing works", .everyday, [S.sOffLabel]),
  JudgedQuery("i'm expecting, is my muscle medicine ok", .everyday, S.ninthPregnant),
  JudgedQuery("nursing my baby, does the drug get in the milk", .everyday, [S.aWho]),
  JudgedQuery("can't sleep since starting the pills", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("words come out slurred and i keep passing out", .everyday, [S.rSide]),
  JudgedQuery("another pill instead that doesn't knock me out", .everyday, [S.aTiz, S.aAlts]),
  JudgedQuery("injections into the muscle instead of tablets", .everyday, [S.aAlts, S.sShort]),
  JudgedQuery("exercises instead of pills for tight muscles", .everyday, [S.aAlts, S.sShort]),
  JudgedQuery(
    "job is heavy lifting, will these pills get in the way", .everyday, [S.rNotBest, S.rPros]),
  JudgedQuery(
    "weaning myself off, how slow should i go", .everyday,
    [S.aStop, S.sCaution, S.cApproaches, S.aLong]),
  JudgedQuery(
    "mixing my pills with sleeping tablets or painkillers", .everyday, S.ninthMixing),
]
