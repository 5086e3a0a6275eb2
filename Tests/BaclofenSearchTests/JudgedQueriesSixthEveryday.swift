private typealias Six = SixthSection

/// Everyday wording and misspellings of the sixth set.
let sixthEverydayQueries = sixthPlainQueries + sixthMisspelledQueries

/// Queries in everyday words for the body and for feelings, as people type them.
let sixthPlainQueries = [
  JudgedQuery("muscle pills making me feel wobbly and dizzy", .everyday, sixthSideEffects),
  JudgedQuery(
    "legs feel like jelly since starting baclofen", .everyday,
    [
      Six.aSide, Six.rSide, Six.sSide, Six.cMonitor,
    ]),
  JudgedQuery("cant poo on baclofen", .everyday, [Six.aSide, Six.rSide]),
  JudgedQuery("peeing all the time on muscle relaxer", .everyday, [Six.rSide]),
  JudgedQuery("feel sick after my baclofen tablet", .everyday, sixthSideEffects + [Six.aTake]),
  JudgedQuery("can't sleep since the dose went up", .everyday, [Six.aSide, Six.rSide]),
  JudgedQuery("heart racing after taking baclofen", .everyday, [Six.aSide, Six.rSide]),
  JudgedQuery("wee is dark brown on baclofen", .everyday, [Six.rSide]),
  JudgedQuery("words coming out slurred on this medicine", .everyday, [Six.rSide]),
  JudgedQuery(
    "feeling low and down since starting baclofen", .everyday,
    [
      Six.aSide, Six.rSide, Six.aWho,
    ]),
  JudgedQuery(
    "seeing things that aren't there", .everyday,
    [
      Six.aSide, Six.rSide, Six.aStop, Six.sCaution, Six.cAddictive,
    ]),
  JudgedQuery("rash and swollen face after new tablets", .everyday, [Six.aSide]),
  JudgedQuery("a few beers with baclofen", .everyday, sixthMixing + [Six.rIntro]),
  JudgedQuery(
    "taking a diazepam with my baclofen", .everyday,
    [
      Six.sSafety, Six.cAvoid, Six.cBalance,
    ]),
  JudgedQuery(
    "ran out of baclofen over the weekend", .everyday,
    sixthStopping + [
      Six.sCall, Six.cFollow,
    ]),
  JudgedQuery("took two tablets by mistake", .everyday, [Six.aOverdose, Six.cFollow]),
  JudgedQuery(
    "swallowed a handful of baclofen", .everyday,
    [
      Six.aOverdose, Six.cPhysical, Six.cGetHigh,
    ]),
  JudgedQuery("do i take it with a meal", .everyday, [Six.aTake]),
  JudgedQuery("pills hard to swallow any other kind", .everyday, [Six.aBrands]),
  JudgedQuery("cheaper version of lioresal", .everyday, [Six.aBrands]),
  JudgedQuery(
    "muscles tight and jumpy from MS", .everyday,
    [
      Six.aUses, Six.aIntro, Six.sUsed, Six.sIntro, Six.cWhat,
    ]),
  JudgedQuery("stiff legs after a stroke", .everyday, [Six.aUses]),
  JudgedQuery("hiccuping for days nothing works", .everyday, [Six.sOffLabel]),
  JudgedQuery(
    "pill to stop me wanting a drink", .everyday,
    [
      Six.rIntro, Six.rEvidence, Six.cAud, Six.oAlcohol, Six.sOffLabel, Six.rWork,
    ]),
  JudgedQuery(
    "shakes when i stop drinking", .everyday,
    [
      Six.cAud, Six.rEvidence, Six.rTake, Six.oAlcohol, Six.rIntro, Six.rHelpful,
    ]),
  JudgedQuery("spaced out and floaty on baclofen", .everyday, [Six.cHigh, Six.cAbused]),
  JudgedQuery(
    "feel like i need it to get through the day", .everyday,
    [
      Six.cAddictive, Six.cMonitor, Six.cNeedHelp,
    ]),
  JudgedQuery(
    "taking extra to calm my nerves", .everyday,
    [
      Six.cAbused, Six.cRisk, Six.cAddictive, Six.cAvoid, Six.cFollow,
    ]),
  JudgedQuery("too drowsy to drive to work", .everyday, [Six.aDriving, Six.sSide]),
  JudgedQuery(
    "my job is heavy lifting can i take a muscle relaxer", .everyday,
    [
      Six.rNotBest, Six.rPros,
    ]),
  JudgedQuery("is it ok for my mates to try my tablets", .everyday, [Six.cAvoid]),
  JudgedQuery("where to keep tablets away from the kids", .everyday, [Six.cAvoid]),
  JudgedQuery(
    "wean off muscle relaxant slowly", .everyday,
    [
      Six.aStop, Six.aLong, Six.sCaution, Six.rPros, Six.cApproaches, Six.cFollow,
    ]),
  JudgedQuery(
    "want to come off baclofen safely", .everyday,
    sixthStopping + [
      Six.cMonitor, Six.cTreatment,
    ]),
  JudgedQuery(
    "hooked on baclofen where to get help", .everyday,
    [
      Six.cTreatment, Six.cApproaches, Six.cRecovery, Six.cNeedHelp,
    ]),
  JudgedQuery(
    "spinal pump for bad spasms", .everyday,
    [
      Six.sUsed, Six.aAlts, Six.sShort, Six.sDose,
    ]),
  JudgedQuery(
    "tablet does nothing for my stiffness", .everyday,
    [
      Six.aAlts, Six.aTiz, Six.sShort, Six.sUsed,
    ]),
  JudgedQuery(
    "bad liver from drinking which medicine", .everyday,
    [
      Six.rLiver, Six.rHelpful, Six.rPros,
    ]),
  JudgedQuery(
    "sleepy and breathing slow after pills and wine", .everyday,
    [
      Six.sSafety, Six.cAvoid, Six.cBalance, Six.aOverdose, Six.cPhysical, Six.sCall,
    ]),
  JudgedQuery("medicine wears off quickly", .everyday, [Six.rPros]),
]

/// Queries with the typing and spelling slips people make.
let sixthMisspelledQueries = [
  JudgedQuery("baclophen side efects", .misspelling, sixthSideEffects),
  JudgedQuery("backlofen dose", .misspelling, [Six.aTake, Six.sDose]),
  JudgedQuery("baclofin withdrawl", .misspelling, sixthStopping),
  JudgedQuery("bacolfen and alchohol", .misspelling, sixthMixing + [Six.rIntro]),
  JudgedQuery("tizanadine or baclofen", .misspelling, [Six.aTiz, Six.aAlts]),
  JudgedQuery(
    "baclfoen kidny disease", .misspelling,
    [
      Six.aKidney, Six.aWho, Six.sSafety, Six.rNotBest,
    ]),
  JudgedQuery("lioreasal brand", .misspelling, [Six.aBrands, Six.oIntro]),
  JudgedQuery("gablofin", .misspelling, [Six.aBrands, Six.oIntro]),
  JudgedQuery(
    "is baclofen adictive", .misspelling,
    [
      Six.cAddictive, Six.cIntro, Six.rPros, Six.cFinal,
    ]),
  JudgedQuery("baclofen hicups", .misspelling, [Six.sOffLabel]),
  JudgedQuery("baclofen pregancy", .misspelling, [Six.aWho, Six.rSide]),
  JudgedQuery("baclofen breast feeding", .misspelling, [Six.aWho]),
  JudgedQuery("forgot to tak my baclofen", .misspelling, [Six.aMissed]),
  JudgedQuery(
    "baclofen over dose", .misspelling,
    [
      Six.aOverdose, Six.cPhysical, Six.cBalance,
    ]),
  JudgedQuery("baclofen cirosis liver", .misspelling, [Six.rLiver, Six.rPros, Six.rHelpful]),
  JudgedQuery(
    "multipel sclerosis muscel spasms", .misspelling,
    [
      Six.aUses, Six.aIntro, Six.sUsed, Six.sIntro, Six.cWhat, Six.rIntro,
    ]),
  JudgedQuery(
    "baclofen drowsyness", .misspelling,
    sixthSideEffects + [
      Six.aDriving, Six.cBalance,
    ]),
  JudgedQuery(
    "baclofen halucinations", .misspelling,
    [
      Six.aSide, Six.rSide, Six.aStop, Six.sCaution, Six.cAddictive,
    ]),
  JudgedQuery("baclofen cocain", .misspelling, [Six.oStimulants, Six.rHelpful, Six.rPros]),
  JudgedQuery(
    "intrathecle baclofen", .misspelling,
    [
      Six.sUsed, Six.aAlts, Six.sDose, Six.sShort,
    ]),
  JudgedQuery("baclofen seziures", .misspelling, sixthStopping + [Six.aWho, Six.sCall]),
  JudgedQuery("can baclofen get you hihg", .misspelling, [Six.cHigh, Six.cGetHigh]),
  JudgedQuery("baclofen constipaton", .misspelling, [Six.aSide, Six.rSide]),
  JudgedQuery("baclofen dizzyness", .misspelling, sixthSideEffects),
  JudgedQuery(
    "vaclofen for cravings", .misspelling,
    [
      Six.rIntro, Six.rEvidence, Six.cAud, Six.oAlcohol, Six.sOffLabel, Six.rWork, Six.rTake,
    ]),
]
