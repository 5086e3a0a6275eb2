/// Source lines deliberately left out of the content model, with the reason for each.
/// A line is matched when the source line, trimmed, starts with `prefix`.
/// Where the reason says "dropped the lead-in", only that last sentence of the line is
/// missing from the article; the rest of the line is kept verbatim.
///
/// Not listed: in 003, source lines 69–73 repeat lines 103–107 word for word (the heading
/// “Baclofen Addiction Treatment Options”, its three intro paragraphs and “Recognising the
/// Need for Help”). Only one copy is in the article, but every word of both copies is, so a
/// prefix here (which would also match the kept copy) would only weaken the check.
struct OmittedLine: Sendable {
  let prefix: String
  let reason: String
}

let omittedSourceLines: [String: [OmittedLine]] = [
  "000_0ccd9cdd6546020e.txt": [
    OmittedLine(
      prefix: "medication for alcoholism to reduce cravings",
      reason: "image caption, not article text"),
    OmittedLine(
      prefix: "Baclofen for Alcohol Use Disorder",
      reason: "headline; moved to front matter"),
    OmittedLine(
      prefix: "Medically reviewed by Dr. Paul R. Linde, MD on March 2, 2023",
      reason: "reviewer and date (line appears twice); moved to front matter"),
    OmittedLine(prefix: "Is it right for you? Skip to pros and cons", reason: "page navigation"),
    OmittedLine(prefix: "Table of Contents", reason: "page navigation"),
    OmittedLine(
      prefix: "Ready for a change in your relationship with alcohol?",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Schedule an appointment to speak with a Ria Health team member",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Interested in trying medication-assisted treatment?",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Schedule an obligation-free call with a member of our team",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Ready to get started with medication-assisted treatment?",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Ria Health combines prescription medication, recovery coaching",
      reason: "promotion of the Ria Health programme"),
    OmittedLine(
      prefix: "man on tablet standing by the window",
      reason: "image caption, not article text"),
    OmittedLine(prefix: "Is My Drinking Normal?", reason: "heading of the quiz promotion"),
    OmittedLine(
      prefix: "Take our short alcohol quiz",
      reason: "advertising / call to action, not article text"),
  ],
  "001_b94069a632a89b7d.txt": [
    OmittedLine(
      prefix: "Can Baclofen Be Used for Addiction Treatment?",
      reason: "headline; moved to front matter"),
    OmittedLine(
      prefix: "man taking baclofen to help with his stimulant addiction",
      reason: "image caption, not article text"),
    OmittedLine(
      prefix: "One size treatment doesn’t fit all. We will tailor treatment",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Call Now",
      reason: "phone number; advertising / call to action, not article text"),
    OmittedLine(
      prefix: "It’s Never Too Late to Get Help",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Take Action",
      reason: "button label; advertising / call to action, not article text"),
    OmittedLine(
      prefix: "We've helped 1,000s Start Recovery",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Oxford is located in Etta, Mississippi",
      reason: "promotion of the treatment centre"),
  ],
  "002_8da52eed03b09fe8.txt": [
    OmittedLine(prefix: "Health Library Logo", reason: "image alt text of the site logo"),
    OmittedLine(prefix: "Health Library", reason: "site navigation"),
    OmittedLine(
      prefix: "What is Baclofen: Uses, Dosage, Side Effects and More",
      reason: "headline; moved to front matter"),
    OmittedLine(prefix: "Created at:1/13/2025", reason: "creation date; moved to front matter"),
    OmittedLine(
      prefix: "Overwhelmed by medical jargon?",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "August makes it simple. Scan reports",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Loved by 2.5M+ users and 100k+ doctors.",
      reason: "advertising (line appears twice)"),
    OmittedLine(
      prefix: "Want a 1:1 answer for your situation?",
      reason: "advertising / call to action, not article text"),
    OmittedLine(
      prefix: "Ask your question privately on August",
      reason: "advertising / call to action, not article text"),
    OmittedLine(prefix: "footer.address", reason: "unfilled page-template placeholder"),
    OmittedLine(prefix: "footer.talkToAugust", reason: "unfilled page-template placeholder"),
    OmittedLine(prefix: "footer.disclaimer", reason: "unfilled page-template placeholder"),
    OmittedLine(prefix: "footer.madeInIndia", reason: "unfilled page-template placeholder"),
  ],
  "003_8bf338d99924fc25.txt": [
    OmittedLine(prefix: "Key Takeaways:", reason: "empty heading: nothing under it in the source"),
    OmittedLine(
      prefix: "\u{0E42}",
      reason:
        "lone emoji marker (three lines) mangled by the encoding; now the **Reality:** label"),
    OmittedLine(
      prefix: "Baclofen works on your brain and nervous system, so misusing it",
      reason: "dropped the lead-in “The most common physical risks include:” (no list follows)"),
    OmittedLine(
      prefix: "Misusing Baclofen often starts gradually, but the signs",
      reason:
        "dropped the lead-in “These are some red flags to watch out for:” (no list follows)"),
    OmittedLine(
      prefix: "At The Cabin in Chiang Mai, recovery happens",
      reason: "promotion of the treatment centre"),
    OmittedLine(
      prefix: "Our specialists provide proven therapies",
      reason: "promotion of the treatment centre"),
    OmittedLine(
      prefix: "- Science Direct. (n.d.). Baclofen.",
      reason: "reference kept; dangling “Retrieved from” dropped"),
    OmittedLine(
      prefix: "- Frontiers. (2018, October 17).",
      reason: "reference kept; dangling “Retrieved from” dropped"),
    OmittedLine(
      prefix: "- National Library of Medicine. (2021, June 3).",
      reason: "reference kept; dangling “Retrieved from” dropped"),
    OmittedLine(
      prefix: "- Synapse. (2024, June 15).",
      reason: "reference kept; dangling “Retrieved from” dropped"),
  ],
  "004_240bb0a30feec6b2.txt": [],
]
