package sample

// laCodes are the 22 Welsh local authority codes, 660 (Isle of Anglesey)
// to 681 (Cardiff).
var laCodes = [...]int{660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681}

// laWeights are the authorities' populations in thousands, rounded from
// the 2021 Census, in the order of laCodes; schools are spread across the
// authorities in proportion to them.
var laWeights = [...]float64{
	69,  // 660 Isle of Anglesey
	117, // 661 Gwynedd
	115, // 662 Conwy
	96,  // 663 Denbighshire
	155, // 664 Flintshire
	135, // 665 Wrexham
	133, // 666 Powys
	71,  // 667 Ceredigion
	123, // 668 Pembrokeshire
	188, // 669 Carmarthenshire
	238, // 670 Swansea
	142, // 671 Neath Port Talbot
	146, // 672 Bridgend
	132, // 673 Vale of Glamorgan
	238, // 674 Rhondda Cynon Taf
	59,  // 675 Merthyr Tydfil
	176, // 676 Caerphilly
	67,  // 677 Blaenau Gwent
	92,  // 678 Torfaen
	93,  // 679 Monmouthshire
	160, // 680 Newport
	362, // 681 Cardiff
}

// rural reports whether an authority is one of the six largely rural ones
// (Anglesey, Gwynedd, Powys, Ceredigion, Pembrokeshire, Carmarthenshire),
// which have more, smaller primary schools.
func rural(la int) bool {
	switch la {
	case 660, 661, 666, 667, 668, 669:
		return true
	}
	return false
}

// sector is a sector of the economy that employers come from.
type sector uint8

const (
	health sector = iota
	land
	food
	construction
	engineering
	digital
	energy
	hospitality
	retail
	professional
	creative
	logistics
	childcare
	numSectors
)

// sectorNames are the sectors as titles and reflections name them.
var sectorNames = [numSectors]string{
	"health and care", "farming and animal care", "food and drink", "construction",
	"engineering and manufacturing", "digital technology", "renewable energy",
	"hospitality and tourism", "retail", "finance and law", "the creative industries",
	"transport and logistics", "childcare",
}

// business is a kind of business an employer's name ends with, with the
// jobs people do there.
type business struct {
	sector sector
	suffix string
	jobs   []string
}

var businesses = [...]business{
	{health, "Dental Practice", []string{"dentist", "dental nurse"}},
	{health, "Medical Centre", []string{"doctor", "practice nurse"}},
	{health, "Pharmacy", []string{"pharmacist"}},
	{health, "Care Home", []string{"care worker", "activities coordinator"}},
	{health, "Physiotherapy", []string{"physiotherapist"}},
	{land, "Veterinary Surgery", []string{"vet", "veterinary nurse"}},
	{land, "Farm", []string{"farmer", "farm manager"}},
	{land, "Kennels", []string{"kennel assistant", "dog groomer"}},
	{food, "Bakery", []string{"baker"}},
	{food, "Creamery", []string{"cheesemaker", "food scientist"}},
	{food, "Farm Shop", []string{"butcher", "shop manager"}},
	{construction, "Construction", []string{"site manager", "bricklayer", "quantity surveyor"}},
	{construction, "Builders", []string{"builder", "joiner"}},
	{construction, "Plumbing and Heating", []string{"plumber", "heating engineer"}},
	{construction, "Electrical", []string{"electrician"}},
	{engineering, "Engineering", []string{"engineer", "welder"}},
	{engineering, "Precision Engineering", []string{"machinist", "apprentice engineer"}},
	{engineering, "Aerospace Services", []string{"aircraft engineer"}},
	{engineering, "Marine Services", []string{"marine engineer", "boat builder"}},
	{digital, "Digital", []string{"web developer", "software developer"}},
	{digital, "Games Studio", []string{"games designer", "games artist"}},
	{digital, "Cyber Security", []string{"cyber security analyst"}},
	{digital, "Data Labs", []string{"data analyst"}},
	{energy, "Renewables", []string{"wind turbine technician"}},
	{energy, "Solar", []string{"solar panel installer"}},
	{energy, "Environmental Consultants", []string{"ecologist", "environmental scientist"}},
	{hospitality, "Hotel", []string{"hotel manager", "chef", "receptionist"}},
	{hospitality, "Holiday Park", []string{"holiday park manager"}},
	{hospitality, "Adventure Centre", []string{"outdoor instructor"}},
	{retail, "Garden Centre", []string{"horticulturist", "shop assistant"}},
	{retail, "Motors", []string{"mechanic", "car sales adviser"}},
	{retail, "Stores", []string{"store manager"}},
	{professional, "Accountants", []string{"accountant"}},
	{professional, "Solicitors", []string{"solicitor", "legal secretary"}},
	{professional, "Architects", []string{"architect"}},
	{creative, "Design Studio", []string{"graphic designer"}},
	{creative, "Media", []string{"TV producer", "camera operator"}},
	{creative, "Print", []string{"printer", "designer"}},
	{creative, "Theatre Company", []string{"actor", "stage manager"}},
	{logistics, "Logistics", []string{"logistics planner", "warehouse manager"}},
	{logistics, "Coaches", []string{"coach driver", "mechanic"}},
	{childcare, "Day Nursery", []string{"nursery practitioner"}},
}

// namePrefixes start the fictional employers' names: Welsh words and river
// and hill names, so that names read like local businesses without naming
// a real one.
var namePrefixes = [...]string{
	"Afon", "Bryn", "Celyn", "Cwm", "Derwen", "Draig", "Enfys", "Glan", "Gwalia", "Haul",
	"Llys", "Mynydd", "Nant", "Onnen", "Pant", "Seren", "Tawel", "Tŷ Gwyn", "Ynys", "Castell",
	"Menai", "Teifi", "Tywi", "Preseli", "Berwyn", "Hafren", "Clwyd", "Dyfi", "Gwynt", "Maes",
	"Coed", "Glyn", "Cerrig", "Porth", "Aber", "Calon", "Golau", "Môr", "Eithin", "Gwaun",
}

// employer is one fictional local employer a school works with.
type employer struct {
	name string
	biz  *business
}

// Initials of staff are drawn from these letters, repeated roughly as
// often as they start first names and surnames in Wales.
const (
	firstInitials = "AAABCCDDDEEGGHHJJJJKLLLMMMNPRRRSSSSTW"
	lastInitials  = "BCDDDDDEEEEGGHHJJJJJJLLMMOOPPPRRRTTTWWWW"
)

// reflection sets: short, generic reflections in a learner's words.
type reflSet uint8

const (
	reflGeneral reflSet = iota
	reflEarly
	reflJunior
	reflEncounter
	reflPlacement
	reflEnterprise
	reflInterview
	numReflSets
)

// reflections may name the activity's sector ({sector}) or a job ({job}).
var reflections = [numReflSets][]string{
	reflGeneral: {
		"It made me think about what I want to do after school.",
		"I learned what skills employers look for.",
		"Useful, but it felt a bit rushed.",
		"I would like to do something like this again.",
		"Not really for me, but I'm glad I took part.",
		"It helped me see why what we learn in school matters.",
		"I found out about jobs I had never heard of.",
		"Working with people I don't usually work with was good.",
	},
	reflEarly: {
		"I liked it.",
		"It was fun.",
		"I want to be a {job} when I grow up.",
		"I liked dressing up.",
		"I liked asking questions.",
		"I liked playing with my friends.",
	},
	reflJunior: {
		"I learned that there are lots of different jobs.",
		"I didn't know maths was used so much at work.",
		"It was fun working in a team.",
		"I want to find out more about being a {job}.",
		"I was nervous asking questions but I did it.",
		"I learned how a business makes money.",
	},
	reflEncounter: {
		"I didn't realise how many jobs there are in {sector}.",
		"It was interesting to hear how they got their job.",
		"I found out about apprenticeships I hadn't heard of.",
		"Now I know what a {job} actually does.",
		"It made me think about working in {sector}.",
		"I asked a question and got a really helpful answer.",
		"Some of it was hard to follow but the questions at the end helped.",
	},
	reflPlacement: {
		"I learned that being on time really matters at work.",
		"The days were long but I enjoyed it.",
		"I helped with real tasks and felt trusted.",
		"It showed me I want to work in {sector}.",
		"It showed me {sector} is not for me, which is useful to know.",
		"I wish it had lasted longer.",
		"I would have liked more responsibility.",
		"My confidence talking to adults has improved.",
	},
	reflEnterprise: {
		"Our team worked well together.",
		"I learned how to price things to make a profit.",
		"Presenting our idea was scary but I'm proud of it.",
		"We made mistakes with our budget but learned from them.",
		"I was good at keeping the team organised.",
	},
	reflInterview: {
		"I feel more confident about interviews now.",
		"The feedback on my CV was really helpful.",
		"I need to practise talking about my strengths.",
		"It was less scary than I expected.",
	},
}
