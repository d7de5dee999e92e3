// Names of the kind an Auckland clinic's patient list holds: Māori, Pākehā,
// Pasifika, Asian and other New Zealanders. Weighted only by repetition.
export const FIRST_NAMES = [
  "Aroha", "Mere", "Hemi", "Wiremu", "Anahera", "Tamati", "Ngaio", "Rangi", "Kiri", "Manaia",
  "Tane", "Hine", "Nikau", "Maia", "Ariki", "Tui", "Kahu", "Rawiri", "Huia", "Marama",
  "Olivia", "Charlotte", "Isla", "Amelia", "Ruby", "Sophie", "Emily", "Grace", "Lucy", "Hannah",
  "Jack", "Oliver", "James", "William", "Thomas", "Lachlan", "Liam", "Noah", "Samuel", "Benjamin",
  "Margaret", "Susan", "Judith", "Helen", "Christine", "Barbara", "Janet", "Robyn", "Gail", "Lynette",
  "Peter", "David", "John", "Michael", "Graham", "Murray", "Ian", "Bruce", "Kevin", "Colin",
  "Sione", "Losa", "Mele", "Tevita", "Ana", "Viliami", "Salote", "Iosefa", "Malia", "Faith",
  "Wei", "Mei", "Jun", "Xin", "Hui", "Priya", "Arjun", "Anjali", "Rohan", "Deepa",
  "Min-jun", "Ji-woo", "Hiroshi", "Yuki", "Rahul", "Fatima", "Omar", "Sina", "Talia", "Ethan",
] as const;

export const SURNAMES = [
  "Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Anderson", "Thompson", "Walker", "Campbell",
  "Robinson", "Clarke", "Scott", "Mitchell", "Harris", "Stewart", "Martin", "Hall", "Young", "Wood",
  "Ngata", "Tane", "Parata", "Waititi", "Tamihana", "Paki", "Kereama", "Rewiti", "Te Whata", "Hetaraka",
  "Tipene", "Moana", "Horomona", "Turei", "Henare", "Ruatapu", "Kingi", "Rangihuna", "Pomare", "Te Rangi",
  "Fonoti", "Tuilagi", "Faleolo", "Leota", "Taufa", "Vaipulu", "Latu", "Fifita", "Aumua", "Siueni",
  "Chen", "Wang", "Li", "Zhang", "Liu", "Patel", "Singh", "Sharma", "Kumar", "Kim",
  "Lee", "Park", "Nguyen", "Tanaka", "Sato", "MacDonald", "O'Brien", "McKenzie", "Fraser", "Gallagher",
  "Van der Berg", "de Vries", "Jansen", "Kowalski", "Novak", "Rossi", "Costa", "Murphy", "Kelly", "Ryan",
] as const;

// Practitioners added to the seeded two, so the clinic has real capacity.
export const PRACTITIONER_NAMES = [
  "Dr Hana Parata", "Dr Michael Chen", "Dr Sarah Mitchell", "Dr Tevita Fifita", "Dr Priya Sharma",
  "Dr Rawiri Henare", "Dr Emma Gallagher", "Dr Daniel Kim", "Dr Losa Tuilagi", "Dr Fiona McKenzie",
  "Dr Arjun Patel", "Dr Kiri Waititi", "Dr Thomas Fraser", "Dr Mei Wang", "Dr Ana Latu",
  "Dr Benjamin Clarke", "Dr Ngaio Rewiti", "Dr Rachel Costa", "Dr Hiroshi Tanaka", "Dr Olivia Murphy",
  "Dr Samuel Kereama", "Dr Grace Novak", "Dr Lachlan Scott", "Dr Marama Kingi",
] as const;
