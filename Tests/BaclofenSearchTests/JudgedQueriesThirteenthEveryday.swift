private typealias S = ArticleSections

/// The thirteenth set's everyday queries: how someone who never read a leaflet says what they
/// notice in the body and how they feel.
let thirteenthEverydayQueries: [JudgedQuery] = [
  JudgedQuery(
    "legs feel like jelly since I started my muscle relaxer", .everyday,
    [S.aSide, S.rSide, S.sSide, S.cMonitor]),
  JudgedQuery("so sleepy all day since starting baclofen", .everyday, S.thirteenthDrowsy),
  JudgedQuery(
    "room spins when I stand up on baclofen", .everyday, [S.aSide, S.rSide, S.sSide]),
  JudgedQuery(
    "feel sick to my stomach after the tablets", .everyday,
    [S.aSide, S.rSide, S.sSide, S.aTake]),
  JudgedQuery("can't poo since starting baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("weeing a lot more on baclofen", .everyday, [S.rSide]),
  JudgedQuery("lying awake at night on baclofen", .everyday, [S.aSide, S.rSide, S.rPros]),
  JudgedQuery(
    "feeling low and down since the new muscle pills", .everyday, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery(
    "seeing things that aren't there after stopping baclofen", .everyday,
    [S.aStop, S.aSide, S.sCaution, S.cAddictive]),
  JudgedQuery(
    "muscles gone tight again and I've got a temperature", .everyday, [S.sCall, S.sCaution]),
  JudgedQuery(
    "shaky hands when I skip my baclofen", .everyday,
    [S.cAddictive, S.cFollow, S.cApproaches, S.cBalance, S.sCall]),
  JudgedQuery("heart racing on baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("my pee has gone dark on baclofen", .everyday, [S.rSide]),
  JudgedQuery("words coming out slurred since starting baclofen", .everyday, [S.rSide]),
  JudgedQuery("feel spaced out and floaty on baclofen", .everyday, [S.cHigh]),
  JudgedQuery(
    "took a few extra pills to calm myself down", .everyday,
    [S.cAbused, S.cRisk, S.cAvoid, S.cFollow, S.cAddictive]),
  JudgedQuery(
    "need my tablets just to get through the day", .everyday,
    [S.cAddictive, S.cMonitor, S.cNeedHelp]),
  JudgedQuery(
    "stiff tight legs from my ms", .everyday,
    [S.aIntro, S.aUses, S.cWhat, S.rIntro, S.sIntro, S.sUsed]),
  JudgedQuery(
    "pill to stop muscles jerking and cramping", .everyday,
    [S.aIntro, S.aUses, S.cWhat, S.oIntro, S.rIntro, S.sIntro]),
  JudgedQuery("struggle to swallow pills is there one that melts", .everyday, [S.aBrands]),
  JudgedQuery("can I chew or crush the baclofen tablets", .everyday, [S.aTake]),
  JudgedQuery("forgot my tablet this morning do I take two now", .everyday, [S.aMissed]),
  JudgedQuery(
    "can I have a glass of wine with my muscle relaxant", .everyday, S.thirteenthAlcoholMix),
  JudgedQuery(
    "wobbly on my feet and falling over on baclofen", .everyday,
    [S.aWho, S.aDriving, S.aSide, S.sSide]),
  JudgedQuery("cheaper version of lioresal", .everyday, [S.aBrands]),
  JudgedQuery("tablet to stop me craving a drink", .everyday, S.thirteenthDrinking),
  JudgedQuery("does baclofen wear off quickly", .everyday, [S.rPros]),
  JudgedQuery("how soon will my muscles feel looser", .everyday, [S.aWork, S.cWhat]),
  JudgedQuery(
    "can't breathe properly after taking too many", .everyday,
    [S.aOverdose, S.aSide, S.cPhysical, S.cBalance, S.sCall]),
  JudgedQuery("upset tummy can I take it with milk", .everyday, [S.aTake]),
  JudgedQuery(
    "muddled and foggy headed on baclofen", .everyday,
    [S.aSide, S.aWho, S.sCall, S.cMonitor, S.cAbused]),
  JudgedQuery(
    "my muscles feel weak and floppy", .everyday, [S.aSide, S.rSide, S.sSide, S.cMonitor]),
  JudgedQuery("had a fit when I came off baclofen", .everyday, S.thirteenthWithdrawal),
  JudgedQuery(
    "heavy manual job can I still take a muscle relaxant", .everyday, [S.rNotBest, S.rPros]),
  JudgedQuery(
    "hooked on baclofen how do I get off it", .everyday,
    S.thirteenthRecovery + [S.aStop, S.sCaution, S.cFollow]),
  JudgedQuery("headache every day since starting baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("rash and swollen face after baclofen", .everyday, [S.aSide, S.aWho]),
  JudgedQuery("chest hurts on baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("hiccups that won't stop for days", .everyday, [S.sOffLabel]),
  JudgedQuery(
    "wiped out and tired all the time on baclofen", .everyday, [S.aSide, S.rSide, S.sSide]),
]
