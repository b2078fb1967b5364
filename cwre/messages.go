package cwre

// messages holds the English and Welsh text of every rule. Placeholders in
// braces are filled from Error.Args. Welsh sentences are whole, with named
// placeholders in "Label: value" positions, so that no word is mutated by
// what is put in front of it.
var messages = map[Code]Text{
	CodeRequired:          txt("a value is required", "Mae angen gwerth (gofynnol)", Proposed),
	CodeUnknownCode:       txt("not a known {vocabulary}: {value}", "Cod anhysbys ({vocabulary}): {value}", Proposed),
	CodeInvalidValue:      txt("not a valid value", "Nid yw'n werth dilys", Proposed),
	CodeInvalidDate:       txt("must be a real date, written YYYY-MM-DD or DD/MM/YYYY", "Rhaid i'r dyddiad fod yn ddyddiad go iawn (BBBB-MM-DD neu DD/MM/BBBB)", Proposed),
	CodeInvalidNumber:     txt("must be a number, such as 2 or 1.5", "Rhaid iddo fod yn rhif, fel 2 neu 1.5", Proposed),
	CodeInvalidBool:       txt("must be yes or no (true/false, yes/no, y/n, 1/0, or ✓ or empty)", "Rhaid iddo fod yn ie neu na (true/false, yes/no, y/n, 1/0, neu ✓ neu wag)", Proposed),
	CodeUPNCheckLetter:    txt("has the form of a UPN but the wrong check letter", "Mae ar ffurf UPN ond mae'r llythyren wirio yn anghywir", Proposed),
	CodeMaxLength:         txt("is too long (at most {max} characters)", "Mae'n rhy hir (uchafswm nodau: {max})", Proposed),
	CodeNoSpace:           txt("must not contain spaces", "Ni chaiff gynnwys bylchau", Proposed),
	CodeRange:             txt("must be from {min} to {max}", "Rhaid iddo fod yn yr ystod {min}–{max}", Proposed),
	CodeHoursExceedSpan:   txt("is more than 24 hours a day over the activity's dates (at most {max})", "Mae'n fwy na 24 awr y dydd dros ddyddiadau'r gweithgaredd (uchafswm: {max})", Proposed),
	CodeEndBeforeStart:    txt("the end date is before the start date", "Mae'r dyddiad gorffen cyn y dyddiad dechrau", Proposed),
	CodeTypeNotTicked:     txt("type {type} is not ticked, but the activity includes {kind}", "Nid yw math {type} wedi'i dicio, ond mae'r gweithgaredd yn cynnwys: {kind}", Proposed),
	CodeURL:               txt("must be a web address starting https:// or http://", "Rhaid iddo fod yn gyfeiriad gwe sy'n dechrau https:// neu http://", Proposed),
	CodeExtraKey:          txt("an extra field needs a name of its own: not empty, without surrounding spaces, and not one of the standard columns", "Mae angen enw ei hun ar faes ychwanegol: nid yn wag, heb fylchau o'i gwmpas, ac nid yn un o'r colofnau safonol", Proposed),
	CodeListItem:          txt("a list item cannot contain \";\" or start or end with a space", "Ni chaiff eitem mewn rhestr gynnwys \";\" na dechrau na gorffen â bwlch", Proposed),
	CodeDuplicateID:       txt("this id is used twice (first at {first})", "Mae'r dynodwr hwn wedi'i ddefnyddio ddwywaith (y tro cyntaf: {first})", Proposed),
	CodeDuplicateEntry:    txt("this learner is already recorded on this activity (at {first})", "Mae'r dysgwr hwn eisoes wedi'i gofnodi ar y gweithgaredd hwn (yn: {first})", Proposed),
	CodeUnknownLearner:    txt("no learner has this id", "Does dim dysgwr â'r dynodwr hwn", Proposed),
	CodeUnknownActivity:   txt("no activity has this id", "Does dim gweithgaredd â'r dynodwr hwn", Proposed),
	CodeUnderAge:          txt("the learner is under {min} on the activity's start date, the youngest age for {kind}", "Mae'r dysgwr yn rhy ifanc ar ddyddiad dechrau'r gweithgaredd (oedran ieuengaf ar gyfer {kind}: {min})", Proposed),
	CodeAttendedCancelled: txt("marked as attended, but the activity was cancelled", "Wedi'i nodi'n bresennol, ond cafodd y gweithgaredd ei ganslo", Proposed),
	CodeFormatVersion:     txt("unsupported format version (want {want})", "Fersiwn fformat heb ei chefnogi (angen: {want})", Proposed),
	CodeJSONSyntax:        txt("not valid JSON: {detail}", "Nid yw'n JSON dilys: {detail}", Proposed),
	CodeJSONType:          txt("has the wrong JSON type (want {want})", "Mae'r math JSON yn anghywir (angen: {want})", Proposed),
	CodeUnknownField:      txt("is not a field of this record; put extra fields under \"extra\"", "Nid yw'n faes yn y cofnod hwn; rhowch feysydd ychwanegol o dan \"extra\"", Proposed),
	CodeCSVSyntax:         txt("the row cannot be read as CSV: {reason}", "Nid oes modd darllen y rhes fel CSV: {reason}", Proposed),
	CodeEmptyFile:         txt("the file is empty", "Mae'r ffeil yn wag", Proposed),
	CodeUnknownFile:       txt("the header matches none of learners.csv, activities.csv or participations.csv", "Nid yw'r pennawd yn cyfateb i learners.csv, activities.csv na participations.csv", Proposed),
	CodeMissingColumn:     txt("a required column is missing: {column}", "Colofn ofynnol ar goll: {column}", Proposed),
	CodeDuplicateColumn:   txt("this column appears twice in the header", "Mae'r golofn hon yn ymddangos ddwywaith yn y pennawd", Proposed),
	CodeRowLength:         txt("the row has {got} cells but the header has {want}", "Mae gan y rhes {got} cell ond mae gan y pennawd {want}", Proposed),
	CodeRead:              txt("the file cannot be read: {detail}", "Nid oes modd darllen y ffeil: {detail}", Proposed),
	CodeNotUTF8:           txt("the text is not valid UTF-8; save the file with the UTF-8 encoding (in Excel: CSV UTF-8)", "Nid yw'r testun yn UTF-8 dilys; cadwch y ffeil gydag amgodiad UTF-8 (yn Excel: CSV UTF-8)", Proposed),
	CodeDuplicateKey:      txt("this key is given twice in the same object; only the first value is read", "Mae'r allwedd hon wedi'i rhoi ddwywaith yn yr un gwrthrych; dim ond y gwerth cyntaf sy'n cael ei ddarllen", Proposed),
}

// unknownCodeSuggestion is the unknown_code message when the text is close
// to a code.
var unknownCodeSuggestion = txt("not a known {vocabulary}: {value} (did you mean {suggest}?)", "Cod anhysbys ({vocabulary}): {value} (ai {suggest} sydd dan sylw?)", Proposed)

// vocabularies names each closed vocabulary for the unknown_code message.
var vocabularies = map[string]Text{
	"activity kind":                   txt("activity kind", "math o weithgaredd", Proposed),
	"type":                            txt("type", "math", Attested),
	"objective":                       txt("objective", "amcan", Indirect),
	"outcome":                         txt("outcome", "deilliant", Proposed),
	"outcome kind":                    txt("kind of outcome", "math o ddeilliant", Proposed),
	"year group":                      txt("year group", "grŵp blwyddyn", Attested),
	"area of learning and experience": txt("Area of Learning and Experience", "Maes Dysgu a Phrofiad", Attested),
	"purpose":                         txt("purpose", "diben", Attested),
	"skill":                           txt("skill", "sgìl", Proposed),
	"delivery mode":                   txt("delivery mode", "dull cyflwyno", Proposed),
	"status":                          txt("status", "statws", Attested),
	"setting":                         txt("setting", "lleoliad", Attested),
}

func vocabularyName(v string) Text {
	if t, ok := vocabularies[v]; ok {
		return t
	}
	return Text{En: v, Cy: v}
}

// csvReasons says why a row cannot be read as CSV, for the csv_syntax
// message's {reason}.
var csvReasons = map[string]Text{
	reasonUnclosedQuote: txt(`a cell starts with a quotation mark (") that is never closed`,
		`mae cell yn dechrau â dyfynnod (") nad yw byth yn cael ei gau`, Proposed),
	reasonQuoteInQuoted: txt(`a quotation mark (") inside a quoted cell must be written twice ("")`,
		`rhaid ysgrifennu dyfynnod (") y tu mewn i gell rhwng dyfynodau ddwywaith ("")`, Proposed),
	reasonBareQuote: txt(`a cell with a quotation mark (") in it must be put between quotation marks, with the mark written twice ("")`,
		`rhaid rhoi cell sydd â dyfynnod (") ynddi rhwng dyfynodau, gan ysgrifennu'r dyfynnod ddwywaith ("")`, Proposed),
	reasonTooLong: txt("the row is longer than 1 MiB",
		"mae'r rhes yn hirach nag 1 MiB", Proposed),
	reasonHeaderLineBreak: txt("a column name in the header cannot contain a line break",
		"ni chaiff enw colofn yn y pennawd gynnwys toriad llinell", Proposed),
}

func csvReason(v string) Text {
	if t, ok := csvReasons[v]; ok {
		return t
	}
	return Text{En: v, Cy: v}
}
