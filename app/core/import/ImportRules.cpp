#include "import/ImportRules.h"

#include "common/TextKey.h"
#include "import/NumberParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace odema::rules {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

int lastYear() { return QDate::currentDate().year(); }

QString futureYearProblem(int year)
{
    return year > lastYear() ? Tr::tr("année %1 dans le futur (au plus %2)").arg(QString::number(year), QString::number(lastYear()))
                             : QString();
}

QString yearProblem(int year)
{
    if (year > lastYear())
        return futureYearProblem(year);
    if (year < kFirstYear)
        return Tr::tr("année %1 hors de la période des jeux de données (%2–%3)")
            .arg(QString::number(year), QString::number(kFirstYear), QString::number(lastYear()));
    return QString();
}

bool isKnownDepartement(const QString &code)
{
    if (code == QLatin1String("2A") || code == QLatin1String("2B"))
        return true;
    if (!allDigits(code))
        return false;
    const int n = code.toInt();
    if (code.size() == 2)
        return n >= 1 && n <= 95 && n != 20;
    if (code.size() == 3)
        return (n >= 971 && n <= 978 && n != 970) || (n >= 984 && n <= 989 && n != 985);
    return false;
}

bool isKnownRegion(const QString &code)
{
    // Since 2016, plus SINOE®'s "97" (DROM-COM) and the régions before 2016 older exports name.
    static const QSet<QString> known{
        QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04"), QStringLiteral("06"),
        QStringLiteral("11"), QStringLiteral("24"), QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("32"),
        QStringLiteral("44"), QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("75"), QStringLiteral("76"),
        QStringLiteral("84"), QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("97"),
        QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23"), QStringLiteral("25"), QStringLiteral("26"),
        QStringLiteral("31"), QStringLiteral("41"), QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("54"),
        QStringLiteral("72"), QStringLiteral("73"), QStringLiteral("74"), QStringLiteral("82"), QStringLiteral("83"),
        QStringLiteral("91")};
    return known.contains(code);
}

QString territoryCodeProblem(Level level, const QString &code)
{
    switch (level) {
    case Level::Departement:
        return isKnownDepartement(code) ? QString() : Tr::tr("département « %1 » inconnu du code officiel géographique").arg(code);
    case Level::Region:
        return isKnownRegion(code) ? QString() : Tr::tr("région « %1 » inconnue du code officiel géographique").arg(code);
    case Level::Commune: {
        const QString dept = code.startsWith(QLatin1String("97")) ? code.left(3) : code.left(2);
        if (code.size() == 5 && isKnownDepartement(dept) && (allDigits(code.mid(2)) || allDigits(code)))
            return QString();
        return Tr::tr("code commune « %1 » invalide (5 caractères, commençant par un département)").arg(code);
    }
    case Level::Epci:
    case Level::Syndicat:
        return code.size() == 9 && allDigits(code) ? QString() : Tr::tr("SIREN « %1 » invalide (9 chiffres attendus)").arg(code);
    case Level::France:
        return QString();
    }
    return QString();
}

QChar ambiguousSeparator(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    const qsizetype comma = text.indexOf(QLatin1Char(',')), dot = text.indexOf(QLatin1Char('.'));
    if ((comma >= 0) == (dot >= 0))
        return QChar(); // none, or both (then the last one is the decimal one)
    const qsizetype at = comma >= 0 ? comma : dot;
    const QStringView before = text.left(at), after = text.mid(at + 1);
    if (before.size() < 1 || before.size() > 3 || before.startsWith(QLatin1Char('0')) || after.size() != 3
        || !allDigits(before) || !allDigits(after))
        return QChar();
    return text.at(at);
}

void DecimalEvidence::see(QStringView field)
{
    const QStringView t = field.trimmed();
    if (t.size() < 3 || t.size() > 40 || ambiguousSeparator(t) != QChar())
        return;
    // Only numbers: digits, separators, a sign. Dates, codes and labels tell nothing.
    qsizetype lastComma = -1, lastDot = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char(','))
            lastComma = i;
        else if (c == QLatin1Char('.'))
            lastDot = i;
        else if (!(c.isDigit() || c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || (i == 0 && c == QLatin1Char('-'))))
            return;
    }
    if (lastComma < 0 && lastDot < 0)
        return;
    const QChar decimal = lastComma > lastDot ? QLatin1Char(',') : QLatin1Char('.');
    // "1.240.294" or "1,240,294": the separator repeated groups thousands, it is not a decimal one.
    if (t.count(decimal) > 1)
        return;
    if (!normaliseNumber(t, decimal))
        return;
    ++(decimal == QLatin1Char(',') ? m_comma : m_dot);
}

QChar DecimalEvidence::decimal() const
{
    if (m_comma > 0 && m_dot == 0)
        return QLatin1Char(',');
    if (m_dot > 0 && m_comma == 0)
        return QLatin1Char('.');
    return QChar();
}

QChar decimalFor(QStringView text, QChar userDecimal, QChar fileDecimal, const QString &unit, QString *warning)
{
    if (!userDecimal.isNull())
        return userDecimal;
    const QChar ambiguous = ambiguousSeparator(text);
    if (ambiguous.isNull() || fileDecimal == ambiguous)
        return fileDecimal == ambiguous ? ambiguous : QChar();
    const QString shown = text.trimmed().toString();
    const QString digits = QString(shown).remove(ambiguous);
    const QString asDecimal = QString(shown).replace(ambiguous, QLatin1Char(','));
    if (!fileDecimal.isNull()) {
        if (warning)
            *warning = Tr::tr("« %1 » lu comme %2 %3 : ce fichier écrit ses décimales avec « %4 », « %5 » y sépare les milliers ; "
                              "s'il s'agit de %6 %3, corrigez la cellule")
                           .arg(shown, digits, unit, QString(fileDecimal), QString(ambiguous), asDecimal);
        return fileDecimal;
    }
    if (warning)
        *warning = Tr::tr("« %1 » lu comme %2 %3 (« %4 » pris pour le séparateur décimal) : aucun autre nombre du fichier ne dit "
                          "lequel il emploie ; s'il s'agit de %5 %3, corrigez la cellule ou choisissez le séparateur décimal")
                       .arg(shown, asDecimal, unit, QString(ambiguous), digits);
    return ambiguous;
}

TonnesCell readTonnesCell(QStringView text, QChar userDecimal, QChar fileDecimal)
{
    TonnesCell cell;
    const QChar decimal = decimalFor(text, userDecimal, fileDecimal, QStringLiteral("t"), &cell.warning);
    const auto parsed = parseTonnesAsGrams(text, decimal);
    if (!parsed) {
        cell.warning.clear();
        const auto value = parseNumber(text, decimal); // a number too large for exact grams
        cell.problem = value && *value > kMaxTonnes
            ? Tr::tr("tonnage « %1 » invraisemblable : plus d'un milliard de tonnes sur une ligne").arg(text)
            : Tr::tr("tonnage illisible « %1 »").arg(text);
        return cell;
    }
    if (parsed->grams < 0) {
        cell.warning.clear();
        cell.problem = Tr::tr("tonnage négatif « %1 » : un tonnage ne peut pas être négatif").arg(text);
        return cell;
    }
    if (double(parsed->grams) > kMaxTonnes * double(kGramsPerTonne)) {
        cell.warning.clear();
        cell.problem = Tr::tr("tonnage « %1 » invraisemblable : plus d'un milliard de tonnes sur une ligne").arg(text);
        return cell;
    }
    cell.grams = parsed->grams;
    cell.rounded = parsed->rounded;
    return cell;
}

QString duplicateHeaderProblem(const QStringList &columns, int *column)
{
    QHash<QString, int> seen;
    for (int i = 0; i < columns.size(); ++i) {
        const QString key = foldKey(columns.at(i));
        if (key.isEmpty())
            continue;
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            if (column)
                *column = i + 1;
            return Tr::tr("les colonnes %1 et %2 portent le même nom « %3 » : impossible de savoir laquelle lire ; "
                          "renommez ou supprimez l'une d'elles")
                .arg(QString::number(*it + 1), QString::number(i + 1), columns.at(i));
        }
        seen.insert(key, i);
    }
    return QString();
}

void DuplicateKeys::add(quint64 key, qint64 line) { m_entries.push_back({key, line}); }

QList<QPair<qint64, qint64>> DuplicateKeys::duplicates()
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.line < b.line; });
    QList<QPair<qint64, qint64>> pairs;
    for (size_t i = 1; i < m_entries.size(); ++i) {
        size_t first = i - 1;
        while (first > 0 && m_entries[first - 1].key == m_entries[i].key)
            --first;
        if (m_entries[i].key == m_entries[i - 1].key)
            pairs.append({m_entries[first].line, m_entries[i].line});
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return pairs;
}

} // namespace odema::rules
