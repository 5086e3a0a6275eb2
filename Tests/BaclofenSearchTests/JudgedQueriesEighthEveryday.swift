private typealias S = ArticleSections

/// Plain everyday wording of the eighth set: bodies, feelings and amounts, no medical terms.
let eighthEverydayQueries: [JudgedQuery] = [
  JudgedQuery("peeing all the time on baclofen", .everyday, [S.rSide]),
  JudgedQuery("feel woozy after my muscle tablets", .everyday, S.eighthSideEffects),
  JudgedQuery("so sleepy all day long", .everyday, S.eighthSideEffects),
  JudgedQuery("can't poo since starting", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "feel sick to my stomach after taking it", .everyday, S.eighthSideEffects + [S.aTake]),
  JudgedQuery("lying awake at night since I started", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("legs feel like jelly", .everyday, S.eighthSideEffects),
  JudgedQuery("forgot my tablet this morning", .everyday, [S.aMissed]),
  JudgedQuery("took too many pills by mistake", .everyday, [S.aOverdose, S.cPhysical]),
  JudgedQuery("how many tablets a day is normal", .everyday, [S.aTake, S.sDose]),
  JudgedQuery("can I have a beer with it", .everyday, S.eighthMixing),
  JudgedQuery("ok to drive to work on it", .everyday, [S.aDriving, S.sSide]),
  JudgedQuery(
    "want to come off it", .everyday, [S.aStop, S.sCaution, S.aLong, S.cFollow, S.cMonitor]),
  JudgedQuery("my pee is dark or has blood in it", .everyday, [S.rSide]),
  JudgedQuery("heart pounding after a dose", .everyday, [S.rSide, S.aSide]),
  JudgedQuery(
    "seeing things that aren't there", .everyday, [S.aSide, S.rSide, S.aStop, S.sCaution]),
  JudgedQuery("feel really low and down since taking it", .everyday, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery("tablets are hard to swallow", .everyday, [S.aBrands]),
  JudgedQuery("a tablet that melts on your tongue", .everyday, [S.aBrands]),
  JudgedQuery("feeling spaced out and floaty", .everyday, [S.cHigh]),
  JudgedQuery("will it stop me wanting a drink", .everyday, S.eighthCravings),
  JudgedQuery(
    "stiff tight muscles that won't loosen up", .everyday, [S.aUses, S.aIntro, S.sIntro]),
  JudgedQuery("headache every day since I started", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("words coming out slurred", .everyday, [S.rSide]),
  JudgedQuery("passed out after my tablets", .everyday, [S.rSide]),
  JudgedQuery(
    "hot and feverish with stiff muscles after running out", .everyday, [S.sCaution, S.sCall]),
  JudgedQuery(
    "ran out of tablets and feel shaky and on edge", .everyday,
    [S.cAddictive, S.cFollow, S.sCall]),
  JudgedQuery("need more and more to feel it", .everyday, [S.cAbused]),
  JudgedQuery(
    "taking an extra one on bad days to calm down", .everyday,
    [S.cAbused, S.cRisk, S.cAddictive]),
  JudgedQuery(
    "can't get through the day without it", .everyday,
    [S.cAddictive, S.cMonitor, S.cNeedHelp]),
  JudgedQuery("how long until it kicks in", .everyday, [S.aWork]),
  JudgedQuery("is it ok to take with a glass of milk", .everyday, [S.aTake]),
  JudgedQuery(
    "my liver is in a bad way from the drink", .everyday, [S.rLiver, S.rHelpful, S.rPros]),
  JudgedQuery("my kidneys don't work very well", .everyday, S.eighthKidneys),
  JudgedQuery("just found out I'm expecting a baby", .everyday, [S.aWho, S.rSide]),
  JudgedQuery(
    "I do heavy lifting at work, will it make me weak", .everyday, [S.rNotBest, S.rPros]),
  JudgedQuery("can it make you feel buzzed", .everyday, [S.cHigh, S.cGetHigh]),
  JudgedQuery(
    "muscles tighter than ever after I stopped", .everyday, [S.sCaution, S.aStop, S.sCall]),
  JudgedQuery("how long do I have to keep taking it", .everyday, [S.aLong]),
  JudgedQuery(
    "breathing feels slow and shallow", .everyday,
    [S.aOverdose, S.cPhysical, S.sCall, S.aSide]),
]
