package seed

// The illustrative records show how the data fits together at a realistic
// volume. They follow three rules, which the honest-data triggers back up:
//
//  1. They sit only under fictional bodies and places (Exampleshire,
//     Sampleton, Fictonbury...) with codes starting with X.
//  2. They link only to other illustrative records: an invented project
//     never names a real council, person or consortium.
//  3. Their summaries say plainly that they are invented.

// invented appends the plain statement that a record is made up, e.g.
// invented("project", "...") ends "(Illustrative example: this project is
// invented to demonstrate the data.)".
func invented(kind, summary string) string {
	return summary + " (Illustrative example: this " + kind + " is invented to demonstrate the data.)"
}
