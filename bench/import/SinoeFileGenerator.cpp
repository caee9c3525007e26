#include "SinoeFileGenerator.h"

#include <QFile>
#include <QRandomGenerator>

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
} // namespace

bool writeSinoeFile(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(42);
    QByteArray buffer("ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n");
    for (qint64 i = 0; i < rows; ++i) {
        const Dept &d = kDepts[random.bounded(int(std::size(kDepts)))];
        const Stream &s = kStreams[random.bounded(int(std::size(kStreams)))];
        const int year = 2005 + random.bounded(20);
        const quint32 cents = random.bounded(100000000u);
        buffer += QByteArray::number(year) + ';' + d.region + ';' + d.regionName + ';' + d.code + ';' + d.name + ';' + s.code + ';'
            + s.label + ';' + QByteArray::number(cents / 100) + ',' + QByteArray::number(cents % 100).rightJustified(2, '0') + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFileDevice::NoError;
}

} // namespace odema::bench
