#include "SinoeFileGenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <stdexcept>

namespace odema::bench {

namespace {
struct Dept {
    const char *region, *regionName, *code, *name;
};
const Dept kDepts[] = {
    {"32", "Hauts-de-France", "02", "Aisne"}, {"32", "Hauts-de-France", "59", "Nord"}, {"32", "Hauts-de-France", "60", "Oise"},
    {"32", "Hauts-de-France", "62", "Pas-de-Calais"}, {"32", "Hauts-de-France", "80", "Somme"},
    {"84", "Auvergne-Rhône-Alpes", "01", "Ain"}, {"84", "Auvergne-Rhône-Alpes", "69", "Rhône"},
    {"11", "Île-de-France", "75", "Paris"}, {"11", "Île-de-France", "93", "Seine-Saint-Denis"},
    {"94", "Corse", "2A", "Corse-du-Sud"}, {"94", "Corse", "2B", "Haute-Corse"},
    {"97", "DROM-COM", "971", "Guadeloupe"}, {"76", "Occitanie", "31", "Haute-Garonne"},
    {"53", "Bretagne", "29", "Finistère"}, {"44", "Grand Est", "67", "Bas-Rhin"}, {"28", "Normandie", "76", "Seine-Maritime"},
};
struct Stream {
    const char *code, *label;
};
const Stream kStreams[] = {
    {"02A", "Déchets dangereux"}, {"02B", "Matériaux recyclables"}, {"02C", "Déchets verts"}, {"02D", "Encombrants"},
    {"02E", "Déblais et gravats"}, {"02F", "DEEE"}, {"02G", "Mobilier"}, {"02Z", "Autres déchets"},
    {"08A", "Ordures ménagères résiduelles"}, {"08B", "Emballages, journaux-magazines"}, {"08C", "Verre"},
};
// Treatment figures of the real files: a déchèterie stream and where it went.
struct Treatment {
    const char *stream, *streamLabel, *mode, *modeLabel;
};
const Treatment kTreatments[] = {
    {"02A", "Déchets dangereux", "02C", "Incinération sans récupération d'énergie"},
    {"02B", "Matériaux recyclables", "02A", "Valorisation matière"},
    {"02C", "Déchets verts", "02E", "Valorisation organique"},
    {"02D", "Encombrants", "02D", "Stockage"},
    {"02D", "Encombrants", "02B", "Incinération avec récupération d'énergie"},
    {"02E", "Déblais et gravats", "02F", "Stockage pour inertes"},
    {"02F", "DEEE", "02A", "Valorisation matière"},
    {"02G", "Mobilier", "02A", "Valorisation matière"},
    {"02G", "Mobilier", "02B", "Incinération avec récupération d'énergie"},
    {"02Z", "Autres déchets", "02D", "Stockage"},
    {"02Z", "Autres déchets", "02Z", "Non précisé"},
};
constexpr int kFirstYear = 2009, kYears = 13;

/// Fields of a line of the INSEE files in data/ (comma or semicolon, optionally quoted).
QList<QByteArray> fields(QByteArray line, char delimiter)
{
    QList<QByteArray> out = line.trimmed().split(delimiter);
    for (QByteArray &f : out)
        if (f.size() >= 2 && f.startsWith('"') && f.endsWith('"'))
            f = f.mid(1, f.size() - 2);
    return out;
}

QList<QList<QByteArray>> readTable(const QString &path, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    QList<QList<QByteArray>> rows;
    file.readLine(); // header
    while (!file.atEnd())
        if (const QByteArray line = file.readLine().trimmed(); !line.isEmpty())
            rows << fields(line, delimiter);
    return rows;
}

/// A plausible French commune name, the same for the same number.
QByteArray communeName(QRandomGenerator &random)
{
    static const char *const prefixes[] = {"", "", "", "Saint-", "Sainte-", "Le ", "La ", "Les "};
    static const char *const roots[] = {"Mont", "Val", "Bois", "Font", "Roche", "Beau", "Neuf", "Haut", "Fleur", "Mar",
                                        "Bel", "Pont", "Champ", "Cour", "Mesnil", "Bourg", "Lan", "Ver", "Aub", "Cha"};
    static const char *const endings[] = {"ville", "court", "mont", "bourg", "ières", "y", "ac", "an", "euil", "ois", "in", "enne"};
    static const char *const places[] = {"", "", "", "", "", "-sur-Mer", "-en-Bray", "-du-Nord", "-lès-Bains", "-sur-Somme", "-la-Forêt"};
    auto pick = [&random](const auto &list) { return QByteArray(list[random.bounded(int(std::size(list)))]); };
    return pick(prefixes) + pick(roots) + pick(endings) + pick(places);
}

} // namespace

bool writeSinoeFile(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(42);
    QByteArray buffer("ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n");
    // Every row a key of its own (the import refuses a figure given twice): département, stream
    // and year enumerated, and past the 3 520 real combinations, numbered variants of the streams.
    const qint64 depts = qint64(std::size(kDepts)), streams = qint64(std::size(kStreams)), years = 20;
    for (qint64 i = 0; i < rows; ++i) {
        const Dept &d = kDepts[i % depts];
        const Stream &s = kStreams[(i / depts) % streams];
        const int year = 2005 + int((i / (depts * streams)) % years);
        const qint64 variant = i / (depts * streams * years);
        const QByteArray code = variant ? s.code + QByteArray("-") + QByteArray::number(variant) : QByteArray(s.code);
        const QByteArray label = variant ? s.label + QByteArray(" ") + QByteArray::number(variant) : QByteArray(s.label);
        const quint32 cents = random.bounded(100000000u);
        buffer += QByteArray::number(year) + ';' + d.region + ';' + d.regionName + ';' + d.code + ';' + d.name + ';' + code + ';'
            + label + ';' + QByteArray::number(cents / 100) + ',' + QByteArray::number(cents % 100).rightJustified(2, '0') + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFileDevice::NoError;
}


NationalFiles writeNationalFiles(const QString &dataDir, const QString &outDir, qint64 rows)
{
    QHash<QByteArray, QByteArray> regionNames, communeCounts;
    for (const auto &r : readTable(QDir(dataDir).filePath(QStringLiteral("insee_cog_2024_regions.csv")), ','))
        regionNames.insert(r.value(0), r.value(5));
    // REG;Région;DEP;Département;NBARR;NBCAN;NBCOM;… (Mayotte, absent, has 17 communes)
    for (const auto &r : readTable(QDir(dataDir).filePath(QStringLiteral("insee_pop_legales_2023_departements.csv")), ';'))
        communeCounts.insert(r.value(2), r.value(6));
    struct Commune {
        QByteArray region, regionName, dept, deptName, code, name;
    };
    QList<Commune> communes;
    QRandomGenerator names(7);
    for (const auto &d : readTable(QDir(dataDir).filePath(QStringLiteral("insee_cog_2024_departements.csv")), ',')) {
        const QByteArray dept = d.value(0), region = d.value(1);
        const int count = communeCounts.value(dept, "17").toInt();
        for (int i = 1; i <= count; ++i) {
            // INSEE codes: département + 3 digits, or overseas 3-character départements + 2.
            const QByteArray number = QByteArray::number(i).rightJustified(dept.size() == 3 ? 2 : 3, '0');
            communes << Commune{region, regionNames.value(region), dept, d.value(6), dept + number, communeName(names)};
        }
    }

    NationalFiles files;
    files.communeCount = int(communes.size());
    files.communes = QDir(outDir).filePath(QStringLiteral("v_commune_national.csv"));
    files.flows = QDir(outDir).filePath(QStringLiteral("sinoe_communes_national.csv"));
    QFile cog(files.communes);
    if (!cog.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + files.communes.toStdString());
    cog.write("TYPECOM,COM,REG,DEP,LIBELLE\n");
    for (const Commune &c : communes)
        cog.write("COM," + c.code + ',' + c.region + ',' + c.dept + ",\"" + c.name + "\"\n");
    cog.close();

    QFile out(files.flows);
    if (!out.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + files.flows.toStdString());
    const int slotCount = int(std::size(kStreams) + std::size(kTreatments));
    const double keep = std::min(1.0, double(rows) / (double(communes.size()) * kYears * slotCount));
    QRandomGenerator random(42);
    QByteArray buffer("ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_COMMUNE;L_COMMUNE;C_TYP_REG_DECHET;L_TYP_REG_DECHET;"
                      "C_TYP_REG_SERVICE;L_TYP_REG_SERVICE;TONNAGE_T\n");
    for (int year = kFirstYear; year < kFirstYear + kYears; ++year) {
        const QByteArray y = QByteArray::number(year) + ';';
        for (const Commune &c : communes) {
            const QByteArray where = y + c.region + ';' + c.regionName + ';' + c.dept + ';' + c.deptName + ';' + c.code + ';' + c.name + ';';
            for (int slot = 0; slot < slotCount; ++slot) {
                if (keep < 1.0 && random.generateDouble() >= keep)
                    continue;
                const quint32 grams = random.bounded(2000000000u); // up to 2 000 t, to the kilogram
                const QByteArray tonnes = QByteArray::number(grams / 1000000) + ',' + QByteArray::number(grams / 1000 % 1000).rightJustified(3, '0');
                if (slot < int(std::size(kStreams))) {
                    const Stream &s = kStreams[slot];
                    buffer += where + s.code + ';' + s.label + ";;;" + tonnes + '\n';
                } else {
                    const Treatment &t = kTreatments[slot - std::size(kStreams)];
                    buffer += where + t.stream + ';' + t.streamLabel + ';' + t.mode + ';' + t.modeLabel + ';' + tonnes + '\n';
                }
                ++files.rows;
            }
            if (buffer.size() > (1 << 20)) {
                out.write(buffer);
                buffer.clear();
            }
        }
    }
    out.write(buffer);
    if (out.error() != QFileDevice::NoError)
        throw std::runtime_error("cannot write " + files.flows.toStdString());
    return files;
}

} // namespace odema::bench
