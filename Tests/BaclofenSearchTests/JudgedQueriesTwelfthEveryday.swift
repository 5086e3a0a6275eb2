private typealias S = ArticleSections

/// Everyday wording for the twelfth set: how people really talk about their bodies and feelings,
/// with slang and no medical terms.
let twelfthEverydayQueries: [JudgedQuery] = [
  JudgedQuery(
    "my legs feel like jelly since I started these muscle pills", .everyday,
    S.twelfthCommonSide + [S.cMonitor]),
  JudgedQuery("can't stop yawning on baclofen", .everyday, S.twelfthSleepy),
  JudgedQuery(
    "feel like I'm going to throw up after my tablet", .everyday, S.twelfthCommonSide + [S.aTake]),
  JudgedQuery("can't poop since starting baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("peeing all the time on baclofen", .everyday, [S.rSide]),
  JudgedQuery(
    "head spinning when I get up on my muscle relaxer", .everyday, S.twelfthCommonSide),
  JudgedQuery("I want to just ditch the baclofen all at once", .everyday, S.twelfthWithdrawal),
  JudgedQuery("how do I come off it without feeling awful", .everyday, S.twelfthTaper),
  JudgedQuery("forgot my afternoon pill, do I double up", .everyday, [S.aMissed]),
  JudgedQuery(
    "popped a few extra by accident, am I gonna be ok", .everyday, [S.aOverdose, S.cPhysical]),
  JudgedQuery("can I have a few beers with it", .everyday, S.twelfthAlcoholMix),
  JudgedQuery("ok to get behind the wheel on this stuff", .everyday, S.twelfthDriving),
  JudgedQuery("does it give you a buzz", .everyday, S.twelfthHigh),
  JudgedQuery(
    "feel spaced out and floaty on my muscle pills", .everyday, [S.cHigh, S.aSide, S.cMonitor]),
  JudgedQuery(
    "think I'm hooked on my muscle relaxer", .everyday, S.twelfthAddictive + S.twelfthGetHelp),
  JudgedQuery(
    "need more and more pills to feel the same", .everyday, [S.cAbused, S.cAddictive]),
  JudgedQuery("can it help me stop boozing", .everyday, S.twelfthDrinkingHelp),
  JudgedQuery("does it take away the itch to drink", .everyday, S.twelfthCravings),
  JudgedQuery(
    "tight stiff legs that won't loosen up, will this help", .everyday, S.twelfthUses),
  JudgedQuery("what does this drug actually do to my nerves", .everyday, S.twelfthMechanism),
  JudgedQuery(
    "wiped out all day since the new muscle medicine", .everyday,
    S.twelfthCommonSide + [S.cBalance]),
  JudgedQuery(
    "started feeling really down since these pills", .everyday, [S.aSide, S.aWho, S.rSide]),
  JudgedQuery("seeing things that aren't there", .everyday, S.twelfthHallucinations),
  JudgedQuery("heart pounding and racing on baclofen", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("dark pee, is that bad", .everyday, [S.rSide]),
  JudgedQuery("can't sleep at night on my muscle relaxant", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "my drinking has wrecked my liver, what can I take", .everyday, S.twelfthLiverAud),
  JudgedQuery("pills that melt on your tongue", .everyday, [S.aBrands]),
  JudgedQuery("cheaper version of baclofen", .everyday, [S.aBrands]),
  JudgedQuery(
    "something other than this tablet for my stiff muscles", .everyday, S.twelfthAlternatives),
  JudgedQuery("a jab in the muscle instead of pills", .everyday, [S.aAlts, S.sShort]),
  JudgedQuery(
    "the tablets aren't cutting it anymore for my spasms", .everyday,
    [S.sUsed, S.sShort, S.aAlts]),
  JudgedQuery(
    "can this stuff stop hiccups that have gone on for days", .everyday, [S.sOffLabel]),
  JudgedQuery(
    "ran out of my muscle pills and now I'm shaking and on edge", .everyday,
    S.twelfthWithdrawal + [S.sCall]),
  JudgedQuery(
    "burning up and muscles locked after skipping doses", .everyday,
    [S.sCall, S.sCaution, S.cFollow]),
  JudgedQuery("how many a day should I be taking", .everyday, [S.aTake, S.sDose, S.rEvidence]),
  JudgedQuery("am I gonna be on these for life", .everyday, [S.aLong]),
  JudgedQuery(
    "can I give some of mine to my brother for his cramps", .everyday, [S.cAvoid]),
  JudgedQuery(
    "using it to take the edge off after a bad day", .everyday,
    [S.cAbused, S.cRisk, S.cAddictive]),
  JudgedQuery(
    "feel weird and paranoid after taking a handful", .everyday, S.twelfthHigh),
]
