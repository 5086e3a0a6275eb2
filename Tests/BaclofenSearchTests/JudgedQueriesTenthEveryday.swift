/// The tenth judged set's everyday-words queries: how people describe their body, feelings,
/// amounts and situations, without medical terms.
private typealias S = ArticleSections

let tenthEverydayQueries: [JudgedQuery] = [
  JudgedQuery(
    "i feel sleepy all the time since starting my muscle tablets", .everyday,
    S.tenthSideEffects + [S.aDriving]),
  JudgedQuery("keep needing to pee a lot", .everyday, [S.rSide]),
  JudgedQuery("cant go to the toilet since the new pills", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("my legs feel like jelly and weak", .everyday, S.tenthSideEffects),
  JudgedQuery("head feels spinny when I stand up", .everyday, S.tenthSideEffects),
  JudgedQuery(
    "took two pills by mistake instead of one", .everyday, [S.aOverdose, S.aMissed]),
  JudgedQuery("forgot my afternoon tablet what now", .everyday, [S.aMissed]),
  JudgedQuery("can I have a glass of wine with it", .everyday, [S.sSafety, S.cAvoid, S.cAbused]),
  JudgedQuery(
    "ran out of pills 2 days ago and feel awful and shaky", .everyday,
    [S.sCall, S.aStop, S.sCaution, S.cAddictive, S.cFollow]),
  JudgedQuery("is it ok to get behind the wheel", .everyday, S.tenthDriving),
  JudgedQuery(
    "these pills make me feel sick to my stomach", .everyday, S.tenthSideEffects + [S.aTake]),
  JudgedQuery("feel spaced out and floaty when I take a big amount", .everyday, [S.cHigh]),
  JudgedQuery(
    "can't seem to get through the day without it anymore", .everyday,
    [S.cAddictive, S.cMonitor, S.cNeedHelp]),
  JudgedQuery("taking extra ones on bad days to calm down", .everyday, [S.cAbused, S.cRisk]),
  JudgedQuery(
    "my muscles go tight and jerk on their own", .everyday,
    [S.aUses, S.aIntro, S.sIntro, S.oIntro]),
  JudgedQuery("stiff arm and leg after a stroke, will this help", .everyday, [S.aUses]),
  JudgedQuery(
    "want to quit the booze and stop the urge to drink", .everyday,
    [S.cAud, S.rIntro, S.rEvidence, S.sOffLabel, S.rHelpful]),
  JudgedQuery("hiccups that won't go away for weeks", .everyday, [S.sOffLabel]),
  JudgedQuery("is it going to hurt my baby if I'm expecting", .everyday, S.tenthPregnancy),
  JudgedQuery("heart pounding and chest hurts on these tablets", .everyday, [S.aSide, S.rSide]),
  JudgedQuery("can't sleep at night since I started it", .everyday, [S.aSide, S.rSide]),
  JudgedQuery(
    "seeing and hearing things that aren't there", .everyday,
    [S.aSide, S.rSide, S.aStop, S.sCaution]),
  JudgedQuery("I'm 80 and worried about falling over on it", .everyday, [S.aWho]),
  JudgedQuery("how much is too much in one day", .everyday, [S.aTake, S.sDose, S.cGetHigh]),
  JudgedQuery(
    "want to come off it bit by bit", .everyday, [S.aStop, S.aLong, S.sCaution, S.cApproaches]),
  JudgedQuery("does it matter what time I take them", .everyday, [S.aTake, S.cFollow]),
  JudgedQuery("I find tablets hard to get down my throat", .everyday, [S.aBrands, S.aTake]),
  JudgedQuery(
    "my liver is wrecked from drinking, what can I take to stop", .everyday, S.tenthLiver),
  JudgedQuery("is the cheaper version just as good", .everyday, [S.aBrands]),
  JudgedQuery("feel down and low since I started it", .everyday, [S.aSide, S.rSide, S.aWho]),
  JudgedQuery(
    "I do heavy lifting at work and worry I'll go all floppy", .everyday, [S.rNotBest, S.rPros]),
  JudgedQuery("can I give some of mine to a mate with back spasms", .everyday, [S.cAvoid]),
  JudgedQuery("where should I keep the pills at home", .everyday, [S.cAvoid]),
  JudgedQuery("does it feel like being drunk", .everyday, S.tenthHigh),
  JudgedQuery(
    "how does it make my muscles loosen up", .everyday, [S.aWork, S.sMechanism, S.cWhat]),
  JudgedQuery("breathing feels slow and shallow after taking it", .everyday, S.tenthBreathing),
  JudgedQuery(
    "hot and burning up with rigid muscles after skipping doses", .everyday,
    [S.sCall, S.sCaution]),
  JudgedQuery("will I be on these forever", .everyday, [S.aLong]),
  JudgedQuery(
    "I'm ashamed but I think I need help getting off them", .everyday,
    [S.cNeedHelp, S.cTreatment, S.cMonitor]),
  JudgedQuery("stay at a clinic or get help while living at home", .everyday, [S.cApproaches]),
]
