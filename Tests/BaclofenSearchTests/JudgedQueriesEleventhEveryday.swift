private typealias S = ArticleSections

/// Plain wording of the eleventh set, the way people talk about their body and their day,
/// without the articles' medical words.
let eleventhEverydayQueries: [JudgedQuery] = [
  JudgedQuery(
    "my legs feel like jelly since the new tablets", .everyday,
    [S.aSide, S.sSide, S.rSide, S.cMonitor]),
  JudgedQuery("keep nodding off on the sofa after my pills", .everyday, S.eleventhDrowsy),
  JudgedQuery("can't stop weeing since starting the muscle pills", .everyday, [S.rSide]),
  JudgedQuery(
    "feel spaced out and not with it after taking extra", .everyday, [S.cHigh, S.cAbused]),
  JudgedQuery("I forgot my lunchtime tablet what now", .everyday, [S.aMissed]),
  JudgedQuery(
    "ran out of my pills and now I'm shaking and seeing things", .everyday,
    [S.sCaution, S.aStop, S.sCall, S.cAddictive]),
  JudgedQuery(
    "my stomach feels off after the tablets", .everyday, [S.aTake, S.aSide, S.sSide, S.rSide]),
  JudgedQuery("can't go for a poo since the new muscle medicine", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "lying awake all night since I started these tablets", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("head feels woozy when I stand up on these pills", .everyday, S.eleventhCommonSide),
  JudgedQuery("is it ok to get behind the wheel on these tablets", .everyday, S.eleventhDriving),
  JudgedQuery(
    "I need a couple of pints with my mates, will my muscle pills be a problem", .everyday,
    S.eleventhAlcoholMix),
  JudgedQuery("took a few extra to feel chilled out, is that bad", .everyday, S.eleventhMisuse),
  JudgedQuery(
    "I feel like I can't get through the day without my pills", .everyday,
    [S.cAddictive, S.cMonitor, S.cNeedHelp]),
  JudgedQuery(
    "want to come off my tablets but scared", .everyday,
    [S.aStop, S.sCaution, S.cTreatment, S.cApproaches]),
  JudgedQuery(
    "the stiffness in my legs came back worse and I feel hot", .everyday, [S.sCall, S.sCaution]),
  JudgedQuery("my heart's pounding and my pee looks dark", .everyday, [S.rSide, S.aSide]),
  JudgedQuery("I'm talking funny and my words come out slurred", .everyday, [S.rSide]),
  JudgedQuery(
    "can I swap to something that doesn't make me so sleepy", .everyday, S.eleventhTizanidine),
  JudgedQuery(
    "tablets are hard to swallow, is there one that melts in your mouth", .everyday, [S.aBrands]),
  JudgedQuery(
    "trying to quit the booze and the cravings are awful, will this pill help", .everyday,
    S.eleventhAud),
  JudgedQuery(
    "I've wrecked my liver with drink, what can I take to stop", .everyday, S.eleventhLiver),
  JudgedQuery("got hiccups for days that won't go away", .everyday, [S.sOffLabel]),
  JudgedQuery("can I still drink while they start me on it for my drinking", .everyday, [S.rTake]),
  JudgedQuery(
    "hearing voices that aren't there since I stopped my tablets", .everyday,
    [S.aStop, S.sCaution, S.cAddictive]),
  JudgedQuery("how many of these can I take in a day", .everyday, S.eleventhDose),
  JudgedQuery("feel like I'm floating and far away from everything", .everyday, [S.cHigh]),
  JudgedQuery(
    "taking one every night just to switch off and sleep", .everyday, [S.cAbused, S.cAddictive]),
  JudgedQuery(
    "the pills don't last long, I need them lots of times a day", .everyday, [S.rPros, S.aTake]),
  JudgedQuery("will I be on these for the rest of my life", .everyday, [S.aLong]),
  JudgedQuery(
    "it's been a few hours and I still don't feel looser", .everyday, [S.aWork, S.cWhat]),
  JudgedQuery("swallowed way too many by mistake and feel really sleepy", .everyday, [S.aOverdose]),
  JudgedQuery(
    "everything's foggy in my head and I keep getting mixed up", .everyday, [S.aSide, S.sCall]),
  JudgedQuery("feeling really low and down since starting", .everyday, S.eleventhDepression),
  JudgedQuery("I get a thumping headache from my muscle tablets", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "need help getting off these pills, is there somewhere I can go", .everyday, S.eleventhRehab),
  JudgedQuery(
    "is it fine to give a couple of my tablets to my mate with a bad back", .everyday, [S.cAvoid]),
  JudgedQuery(
    "my hands shake and I'm on edge after cutting down", .everyday,
    [S.cAddictive, S.cFollow, S.cApproaches, S.sCaution, S.aStop]),
  JudgedQuery(
    "what does this medicine actually do inside me", .everyday,
    [S.aWork, S.sMechanism, S.aWhat, S.cWhat]),
  JudgedQuery("I'm worn out all the time on these tablets", .everyday, S.eleventhDrowsy),
]
