#include "namelists.h"

#include <QString>

#include <array>
#include <deque>

namespace rb::names {

namespace {

// ---- Given and family names ----------------------------------------------------------------
// A few hundred names common among US school families, with the spellings (accents, diacritics,
// apostrophes, hyphens, spaces) a real roster carries.

constexpr std::string_view GeneralMale[] = {
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick",
    "Frank", "Raymond", "Jack", "Tyler", "Aaron", "Henry", "Adam", "Nathan", "Zachary", "Ethan",
    "Noah", "Liam", "Oliver", "Elijah", "Lucas", "Mason", "Logan", "Caleb", "Owen", "Wyatt",
    "Hunter", "Jaxon", "Grayson", "Connor", "Dylan", "Isaiah", "Jordan", "Xavier", "Malik",
    "DeShawn", "Jamal", "Darnell", "Terrell", "Andre", "Marcus", "Trevor", "Landon", "Carter",
    "Jayden", "Aiden", "Sebastian", "Declan", "Seán", "Noël", "Jean-Luc", "Ezra", "Miles",
};
constexpr std::string_view GeneralFemale[] = {
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura",
    "Sharon", "Cynthia", "Kathleen", "Amy", "Angela", "Anna", "Brenda", "Emma", "Olivia", "Ava",
    "Isabella", "Sophia", "Mia", "Charlotte", "Amelia", "Harper", "Evelyn", "Abigail", "Ella",
    "Avery", "Scarlett", "Grace", "Chloe", "Lily", "Aubrey", "Hannah", "Natalie", "Addison",
    "Brooklyn", "Savannah", "Aaliyah", "Imani", "Jasmine", "Destiny", "Keisha", "Tiana", "Megan",
    "Katherine", "Zoë", "Renée", "Chloé", "Mary Ann", "Anne-Marie", "Siobhán", "Penelope",
    "Nora", "Hazel",
};
constexpr std::string_view GeneralFamily[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
    "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
    "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Kelly", "Howard",
    "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes",
    "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
    "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Patterson", "Washington",
    "Butler", "Simmons", "O'Brien", "O'Connor", "McDonald", "MacKenzie", "Schmidt", "Müller",
    "Kowalski", "Nowak", "Johansson", "Dubois", "Lefèvre", "Rossi", "Esposito", "Van der Berg",
    "St. John", "Smith-Jones", "D'Angelo", "Kim", "Park", "Patel", "Singh", "Shah", "Tanaka",
    "Nakamura", "Yamamoto",
};

constexpr std::string_view HispanicMale[] = {
    "José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Ángel", "Jorge", "Francisco",
    "Antonio", "Alejandro", "Manuel", "Pedro", "Ricardo", "Fernando", "Javier", "Diego", "Mateo",
    "Santiago", "Sebastián", "Emiliano", "Leonardo", "Gael", "Adrián", "Andrés", "Joaquín",
    "Rafael", "Eduardo", "Héctor", "Raúl", "Óscar", "Iván", "Julián", "Tomás", "Nicolás",
    "Martín", "Juan Carlos",
};
constexpr std::string_view HispanicFemale[] = {
    "María", "Guadalupe", "Sofía", "Valentina", "Camila", "Isabella", "Ximena", "Lucía",
    "Daniela", "Mariana", "Gabriela", "Victoria", "Natalia", "Valeria", "Andrea", "Paula",
    "Alejandra", "Fernanda", "Renata", "Regina", "Ana", "Rosa", "Carmen", "Verónica", "Leticia",
    "Yesenia", "Marisol", "Beatriz", "Inés", "Mónica", "Elena", "Dulce", "Araceli", "Itzel",
    "Jazmín", "María José",
};
constexpr std::string_view HispanicFamily[] = {
    "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
    "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes",
    "Gutiérrez", "Ortiz", "Chávez", "Ramos", "Ruiz", "Mendoza", "Álvarez", "Castillo",
    "Jiménez", "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro",
    "Guzmán", "Muñoz", "Rojas", "Núñez", "Peña", "Ibarra", "Salazar", "Delgado", "Soto",
    "Contreras", "Estrada", "Cervantes", "De la Cruz", "García-López", "Ochoa", "Garcia",
    "Hernandez", "Lopez", "Martinez",
};

constexpr std::string_view VietnameseMale[] = {
    "Minh", "Huy", "Tuấn", "Duy", "Quang", "Long", "Khang", "Bảo", "Phúc", "Nam", "Hoàng",
    "Thành", "Đức", "Trung", "Khôi", "An", "Hiếu", "Tuan", "Bao",
};
constexpr std::string_view VietnameseFemale[] = {
    "Linh", "Thảo", "Ngọc", "Phương", "Hương", "Thu", "Vy", "Trâm", "Nhi", "Mai", "Lan",
    "Hạnh", "Trang", "Uyên", "My", "Khánh Linh", "Thao", "Ngoc",
};
constexpr std::string_view VietnameseFamily[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo",
};

constexpr std::string_view ChineseMale[] = {
    "Wei", "Hao", "Jun", "Ming", "Lei", "Yichen", "Haoran", "Zihan", "Yuxuan", "Jian", "Kai",
    "Bo", "Tao", "Zhiwei", "Kevin", "Eric",
};
constexpr std::string_view ChineseFemale[] = {
    "Jing", "Xin", "Yan", "Hui", "Xinyi", "Yuting", "Mei", "Ling", "Fang", "Xiaoling", "Qian",
    "Yue", "Shu", "Zhen", "Grace", "Vivian",
};
constexpr std::string_view ChineseFamily[] = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Gao", "Luo", "Lü", "Wong", "Chan", "Leung",
    "Cheung", "Lam",
};

constexpr std::string_view ArabicMale[] = {
    "Mohammed", "Muhammad", "Ahmed", "Omar", "Ali", "Yousef", "Khalid", "Hassan", "Ibrahim",
    "Mustafa", "Karim", "Tariq", "Samir", "Adam", "Zaid", "Bilal",
};
constexpr std::string_view ArabicFemale[] = {
    "Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda", "Yasmin", "Salma", "Rania", "Amira",
    "Zainab", "Hana", "Leila", "Reem", "Dalia",
};
constexpr std::string_view ArabicFamily[] = {
    "Al-Sayed", "Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hassan", "Ibrahim",
    "Abdullah", "El-Amin", "Farah", "Hamdan", "Aziz", "Karam", "Qureshi", "Al-Masri", "Darwish",
    "Suleiman",
};

constexpr std::string_view FilipinoMale[] = {
    "Jose", "Mark", "John Paul", "Angelo", "Jericho", "Carlo", "Miguel", "Rommel", "Paolo",
    "Nathaniel", "Ramon",
};
constexpr std::string_view FilipinoFemale[] = {
    "Maria", "Kristine", "Jasmine", "Rhea", "Maricel", "Lorna", "Angelica", "Divina", "Luz",
    "Joy", "Princess",
};
constexpr std::string_view FilipinoFamily[] = {
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Ramos",
    "Dela Cruz", "De Leon", "Aquino", "Garcia", "Castillo", "Navarro", "Pascual", "Manalo",
    "Macapagal", "Dizon", "Tolentino",
};

// Names in their own script, with the romanisation used for emails.
struct Native
{
    std::string_view text;
    std::string_view ascii;
};
constexpr Native ChineseNativeMale[] = {
    {"伟", "wei"}, {"建国", "jianguo"}, {"志强", "zhiqiang"}, {"浩然", "haoran"}};
constexpr Native ChineseNativeFemale[] = {
    {"芳", "fang"}, {"丽华", "lihua"}, {"秀英", "xiuying"}, {"静", "jing"}};
constexpr Native ChineseNativeFamily[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}};
constexpr Native ArabicNativeMale[] = {
    {"محمد", "mohammed"}, {"أحمد", "ahmed"}, {"عمر", "omar"}};
constexpr Native ArabicNativeFemale[] = {
    {"فاطمة", "fatima"}, {"مريم", "mariam"}, {"ليلى", "layla"}};
constexpr Native ArabicNativeFamily[] = {
    {"حداد", "haddad"}, {"خليل", "khalil"}, {"منصور", "mansour"}};

constexpr Nickname MaleNicknames[] = {
    {"Robert", "Rob"}, {"William", "Bill"}, {"Michael", "Mike"}, {"James", "Jim"},
    {"Richard", "Rick"}, {"Alejandro", "Alex"}, {"Thomas", "Tom"}, {"Daniel", "Danny"},
};
constexpr Nickname FemaleNicknames[] = {
    {"Katherine", "Kate"}, {"Elizabeth", "Liz"}, {"Margaret", "Peggy"}, {"Jennifer", "Jen"},
    {"Guadalupe", "Lupe"}, {"Patricia", "Patty"}, {"Rebecca", "Becky"},
};

constexpr std::string_view Suffixes[] = {"Jr.", "Sr.", "II", "III"};

constexpr std::string_view SchoolBaseNames[] = {
    "Washington", "Jefferson", "Lincoln", "Roosevelt", "Kennedy", "Madison", "Monroe", "Adams",
    "Franklin", "César Chávez", "Dolores Huerta", "Martin Luther King Jr.", "Rosa Parks",
    "Harriet Tubman", "Sally Ride", "Amelia Earhart", "John Muir", "Sequoia", "Redwood",
    "Oak Grove", "Willow Creek", "Cedar", "Maple", "Pine Hill", "Sunset", "Sunrise", "Lakeview",
    "Riverside", "Hillcrest", "Valley View", "Mountain View", "Meadowbrook", "Brookside",
    "Fairview", "Highland", "Westside", "Eastside", "Northgate", "Southwood", "Garfield",
    "Grant", "Hamilton", "Hoover", "McKinley", "Wilson", "Edison", "Emerson", "Longfellow",
    "Whittier", "Thoreau", "Mark Twain", "Robert Frost", "Louisa May Alcott", "Audubon",
    "George Washington Carver", "Albert Einstein", "Marie Curie", "Galileo", "Mission",
    "El Camino", "San José", "Santa Rosa", "Del Mar", "La Paz", "Vista del Lago",
    "Buena Vista", "Monte Vista", "Alta Loma", "Sierra", "Crestview", "Bayside", "Harbor",
    "Ocean View", "Pacific", "Glenwood", "Greenfield", "Fremont", "Bancroft", "Hawthorne",
    "Washington Irving", "Thurgood Marshall", "Frederick Douglass", "Maya Angelou",
    "Sojourner Truth", "Benjamin Banneker", "Ellen Ochoa", "Sonia Sotomayor", "Fred Korematsu",
    "Patsy Mink", "Daniel Inouye", "Sacagawea", "Lakeside", "Creekside", "Rolling Hills",
    "Foothill", "Canyon", "Desert Sage", "Silver Lake", "Clearwater", "Stonebridge", "Parkway",
    "Heritage", "Liberty", "Independence", "Pioneer", "Discovery", "Horizon", "Summit",
    "Ridgeview", "Evergreen", "Aspen", "Birch", "Magnolia", "Juniper", "Cypress", "Laurel",
    "Poplar", "Orchard", "Meadow Park", "Twin Oaks", "Eagle Rock", "Bear Creek", "Fox Hollow",
    "Quail Run", "Hidden Valley", "Spring Garden", "Wildwood",
};
constexpr std::string_view SchoolModifiers[] = {
    "North", "South", "East", "West", "Heights", "Park", "Hills", "Valley", "Village", "Creek",
    "Ranch", "Springs", "Grove", "Lake", "Point",
};
constexpr std::string_view DistrictBaseNames[] = {
    "Cedar Valley", "Riverside", "Maple Grove", "Harbor City", "Pine Ridge", "Eastfield",
    "Sierra Vista", "Golden Plains", "Bay Shore", "Mesa Verde", "Willow Springs", "Granite Falls",
};

constexpr uint16_t AreaCodes[] = {
    209, 213, 279, 310, 323, 341, 350, 369, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626,
    628, 650, 657, 661, 669, 707, 714, 747, 760, 805, 818, 820, 831, 840, 858, 909, 916, 925,
    949, 951, 206, 253, 360, 425, 509, 503, 541, 971, 702, 725, 775, 602, 480, 520, 623, 928,
    303, 719, 720, 970, 505, 575, 801, 385, 435, 208, 986, 406, 307, 512, 210, 214, 281, 346,
    409, 430, 432, 469, 682, 713, 726, 737, 806, 817, 830, 832, 903, 915, 936, 940, 956, 972,
    979, 312, 773, 872, 630, 708, 847, 224, 331, 779, 815, 217, 309, 618, 212, 347, 646, 718,
    917, 929, 332, 516, 631, 914, 845, 518, 585, 315, 607, 716, 305, 786, 954, 754, 561, 407,
    321, 689, 813, 727, 656, 941, 239, 904, 352, 386, 850, 404, 470, 678, 770, 706, 762, 912,
    229, 617, 857, 508, 774, 781, 339, 978, 351, 413, 215, 267, 445, 610, 484, 717, 223, 412,
    878, 724, 814, 570, 272, 201, 551, 973, 862, 908, 732, 848, 609, 640, 856, 202, 301, 240,
    410, 443, 667, 571, 703, 804, 757, 540, 434, 276, 919, 984, 704, 980, 336, 743, 828, 910,
    252, 843, 864, 803, 839, 615, 629, 901, 865, 423, 931, 502, 859, 606, 270, 364, 513, 614,
    380, 216, 440, 330, 234, 419, 567, 937, 326, 740, 220, 313, 248, 947, 586, 734, 810, 517,
    616, 269, 989, 906, 231, 317, 463, 765, 260, 574, 219, 812, 930, 414, 262, 608, 920, 715,
    534, 612, 651, 763, 952, 218, 320, 507, 319, 515, 563, 641, 712, 816, 314, 557, 636, 660,
    417, 573, 402, 531, 308, 316, 785, 620, 913, 405, 572, 918, 580, 501, 479, 870, 504, 225,
    337, 318, 985, 601, 769, 662, 228, 205, 659, 251, 256, 334, 938, 907, 808, 701, 605, 802,
    603, 207, 401, 860, 959, 203, 475, 302, 304, 681,
};

constexpr std::string_view BirthCities[] = {
    "Los Angeles", "San Diego", "San José", "Fresno", "Sacramento", "Oakland", "Houston",
    "Phoenix", "Chicago", "Seattle", "Portland", "Denver", "Las Vegas", "Albuquerque",
    "Santa Ana", "Riverside", "Bakersfield", "Stockton",
};

// Storage for folded names: a deque never moves its elements, so views into them stay valid.
std::deque<std::string> &foldedStorage()
{
    static std::deque<std::string> storage;
    return storage;
}

template<size_t N>
std::vector<Name> build(const std::string_view (&list)[N])
{
    std::vector<Name> out;
    out.reserve(N);
    for (const std::string_view text : list) {
        foldedStorage().push_back(asciiFold(text));
        out.push_back({text, foldedStorage().back()});
    }
    return out;
}

template<size_t N>
std::vector<Name> build(const Native (&list)[N])
{
    std::vector<Name> out;
    out.reserve(N);
    for (const Native &n : list)
        out.push_back({n.text, n.ascii});
    return out;
}

std::array<NameSet, OriginCount> buildAll()
{
    std::array<NameSet, OriginCount> all;
    all[size_t(Origin::General)] = {build(GeneralMale), build(GeneralFemale), build(GeneralFamily)};
    all[size_t(Origin::Hispanic)] = {build(HispanicMale), build(HispanicFemale),
                                     build(HispanicFamily)};
    all[size_t(Origin::Vietnamese)] = {build(VietnameseMale), build(VietnameseFemale),
                                       build(VietnameseFamily)};
    all[size_t(Origin::Chinese)] = {build(ChineseMale), build(ChineseFemale), build(ChineseFamily)};
    all[size_t(Origin::Arabic)] = {build(ArabicMale), build(ArabicFemale), build(ArabicFamily)};
    all[size_t(Origin::Filipino)] = {build(FilipinoMale), build(FilipinoFemale),
                                     build(FilipinoFamily)};
    return all;
}

} // namespace

std::string asciiFold(std::string_view utf8)
{
    const QString decomposed = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))
                                   .normalized(QString::NormalizationForm_D);
    std::string out;
    out.reserve(size_t(decomposed.size()));
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            out.push_back(char(u));
        else if (u >= u'A' && u <= u'Z')
            out.push_back(char(u - u'A' + u'a'));
        else if (u == u'đ' || u == u'Đ')
            out.push_back('d');
        else if (u == u'ß')
            out.append("ss");
        else if (u == u'ø' || u == u'Ø')
            out.push_back('o');
        // everything else (accents, apostrophes, spaces, hyphens) is dropped
    }
    return out;
}

const NameSet &nameSet(Origin origin)
{
    static const std::array<NameSet, OriginCount> all = buildAll();
    return all[size_t(origin)];
}

const NameSet &nativeScript(Origin origin)
{
    static const NameSet none;
    static const NameSet chinese = {build(ChineseNativeMale), build(ChineseNativeFemale),
                                    build(ChineseNativeFamily)};
    static const NameSet arabic = {build(ArabicNativeMale), build(ArabicNativeFemale),
                                   build(ArabicNativeFamily)};
    if (origin == Origin::Chinese)
        return chinese;
    if (origin == Origin::Arabic)
        return arabic;
    return none;
}

std::span<const Nickname> nicknames(bool female)
{
    if (female)
        return FemaleNicknames;
    return MaleNicknames;
}

std::span<const std::string_view> suffixes() { return Suffixes; }
std::span<const std::string_view> schoolBaseNames() { return SchoolBaseNames; }
std::span<const std::string_view> schoolModifiers() { return SchoolModifiers; }
std::span<const std::string_view> districtBaseNames() { return DistrictBaseNames; }
std::span<const uint16_t> areaCodes() { return AreaCodes; }
std::span<const std::string_view> birthCities() { return BirthCities; }

} // namespace rb::names
