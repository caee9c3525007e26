// Tonnage files: SINOE® département layouts and the observatory's harmonised EPCI layout.
#include "common/OdemaError.h"
#include "import/CsvReader.h"
#include "import/ImportContext.h"
#include "import/ImportRules.h"
#include "import/NumberParser.h"
#include "common/TextKey.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// Turns a code/label pair into an id, remembering the last answer: rows come grouped.
struct CodeCache {
    QString lastKey;
    qint64 lastId = 0;
    QHash<QString, qint64> ids;

    template<typename Make>
    qint64 get(QStringView key, Make make)
    {
        if (lastId && key == lastKey)
            return lastId;
        lastKey = key.toString();
        auto it = ids.constFind(lastKey);
        lastId = it != ids.cend() ? *it : ids.insert(lastKey, make()).value();
        return lastId;
    }
};

class FlowRecordReader {
public:
    FlowRecordReader(ImportContext &context, const LayoutMatch &match)
        : m_c(context), m_match(match), m_writer(context.backend.flowWriter(context.db)),
          m_treatment(match.layout == Layout::SinoeDepartementTraitement || match.has(Role::ModeLabel) || match.has(Role::ModeCode)),
          m_layoutId(layoutId(match.layout))
    {
        m_width = 0;
        for (int column : match.columns)
            m_width = qMax(m_width, column + 1);
    }

    void read(RecordSource &reader)
    {
        CsvRecord record;
        while (reader.next(record)) {
            ++m_c.report.rowsRead;
            if ((m_c.report.rowsRead & 0x3FFF) == 0)
                m_c.checkpoint(reader.bytesRead());
            readRecord(record);
        }
        m_writer->finish();
        reportDuplicates();
        if (m_repaired)
            m_c.report.notes << Tr::tr("%n code(s) de département sans zéro initial réparé(s) (ex. « 1 » → « 01 »).", nullptr, m_repaired);
        if (m_c.report.rowsSkipped)
            m_c.report.notes << Tr::tr("%n ligne(s) sans tonnage (cellule vide) ignorée(s) : non déclaré n'est pas zéro.", nullptr,
                                   int(m_c.report.rowsSkipped));
        if (m_c.report.valuesRounded)
            m_c.report.notes << Tr::tr("%n tonnage(s) plus fin(s) que le gramme arrondi(s) au gramme (au plus proche, "
                                   "la moitié s'éloignant de zéro).", nullptr, int(m_c.report.valuesRounded));
    }

private:
    QStringView field(const CsvRecord &r, Role role) const
    {
        const int column = m_match.column(role);
        return column >= 0 ? r.fields[size_t(column)].trimmed() : QStringView();
    }

    void readRecord(const CsvRecord &r)
    {
        if (!m_c.hasWidth(r, m_width))
            return;
        const auto year = parseYear(field(r, Role::Year));
        if (!year) {
            const QStringView text = field(r, Role::Year);
            m_c.problems.add(r.line, m_match.column(Role::Year) + 1,
                             text.isEmpty() ? Tr::tr("année vide") : Tr::tr("année illisible « %1 »").arg(text));
            return;
        }
        if (!m_c.acceptYear(r.line, m_match.column(Role::Year) + 1, *year))
            return;
        m_line = r.line;
        if (m_match.layout == Layout::SinoeDmaCollecte) {
            readChannelRecord(r, *year);
            return;
        }
        const QStringView tonnesText = field(r, Role::Tonnes);
        if (tonnesText.isEmpty()) {
            ++m_c.report.rowsSkipped;
            return;
        }
        const auto grams = tonnes(r, Role::Tonnes);
        if (!grams)
            return;
        FlowRow row;
        row.treatment = m_treatment;
        row.year = *year;
        row.grams = *grams;
        row.sourceId = m_c.sourceId;
        if (!resolveTerritory(r, row) || !resolveNomenclature(r, row))
            return;
        write(row);
        readPopulation(r, row);
    }

    /// Exact grams of a tonnage cell; a problem (and nullopt) when it is not a tonnage.
    std::optional<qint64> tonnes(const CsvRecord &r, Role role)
    {
        const QStringView text = field(r, role);
        const rules::TonnesCell cell = rules::readTonnesCell(text, m_c.options.decimalSeparator, m_c.fileDecimal);
        if (!cell.grams) {
            m_c.problems.add(r.line, m_match.column(role) + 1, cell.problem);
            return std::nullopt;
        }
        if (!cell.warning.isEmpty())
            m_c.warnings.add(r.line, m_match.column(role) + 1, cell.warning);
        m_c.report.valuesRounded += cell.rounded;
        return cell.grams;
    }

    void write(const FlowRow &row)
    {
        // Every key of the file, to refuse a figure stated twice (it would be counted twice).
        m_keys.add(qHashMulti(0x0de3a17, row.datasetId, row.treatment, row.year, row.territoryId, row.streamId, row.modeId,
                              row.channelId),
                   m_line);
        if (!m_c.problems.isEmpty() && !m_c.options.checkOnly)
            return; // the file will be refused: stop writing, keep collecting problems
                    // (a check goes on writing: its figures cover every readable row)
        m_writer->add(row);
        // Rows come grouped: the set is asked once per slice, not once per row.
        if (row.datasetId != m_lastSlice.datasetId || row.territoryId != m_lastSlice.territoryId || row.year != m_lastSlice.year) {
            m_lastSlice = {row.datasetId, row.territoryId, row.year};
            m_c.flowSlices.insert(m_lastSlice);
        }
        ++m_c.report.rowsStored;
        m_c.report.totalGrams += row.grams;
        m_c.report.noteYear(row.year);
        m_c.report.territories.insert(row.territoryId);
    }

    /// A row of "Répartition des DMA par type de collecte": the hors-gravats tonnage of the
    /// collection type, and its gravats (avec − hors, exact) as a stream of their own, so that
    /// the hors-gravats figure excludes the gravats streams and the avec-gravats one adds them.
    void readChannelRecord(const CsvRecord &r, int year)
    {
        const QStringView typeText = field(r, Role::Channel);
        if (typeText.isEmpty()) {
            m_c.problems.add(r.line, m_match.column(Role::Channel) + 1, Tr::tr("type de collecte vide"));
            return;
        }
        if (field(r, Role::TonnesHorsGravats).isEmpty() && field(r, Role::Tonnes).isEmpty()) {
            ++m_c.report.rowsSkipped;
            return;
        }
        if (field(r, Role::TonnesHorsGravats).isEmpty() || field(r, Role::Tonnes).isEmpty()) {
            const Role missing = field(r, Role::Tonnes).isEmpty() ? Role::Tonnes : Role::TonnesHorsGravats;
            m_c.problems.add(r.line, m_match.column(missing) + 1,
                             Tr::tr("tonnage %1 vide alors que l'autre colonne est remplie : impossible de séparer les gravats")
                                 .arg(missing == Role::Tonnes ? Tr::tr("avec gravats") : Tr::tr("hors gravats")));
            return;
        }
        const auto horsGravats = tonnes(r, Role::TonnesHorsGravats);
        const auto avecGravats = tonnes(r, Role::Tonnes);
        if (!horsGravats || !avecGravats)
            return;
        if (*avecGravats < *horsGravats) {
            m_c.problems.add(r.line, m_match.column(Role::Tonnes) + 1,
                             Tr::tr("tonnage avec gravats (%1 t) inférieur au tonnage hors gravats (%2 t)")
                                 .arg(exactTonnesText(*avecGravats), exactTonnesText(*horsGravats)));
            return;
        }
        FlowRow row;
        row.year = year;
        row.sourceId = m_c.sourceId;
        row.datasetId = m_c.datasets.idOf(QStringLiteral("sinoe-dma-collecte"));
        if (!resolveTerritory(r, row))
            return;
        const ChannelStreams &streams = channelStreams(typeText.toString(), row.datasetId);
        row.streamId = streams.stream;
        row.channelId = m_c.nomenclature.channelOfStream(streams.stream);
        row.grams = *horsGravats;
        write(row);
        if (*avecGravats > *horsGravats) {
            row.streamId = gravatsStream(typeText.toString());
            row.grams = *avecGravats - *horsGravats;
            write(row);
        }
    }

    struct ChannelStreams {
        qint64 stream = 0;
        QString code, label;
        qint64 gravats = 0; ///< created on first use: only where avec and hors gravats differ
    };

    /// The stream of a collection type ("TC-DECH"), from the data set's own list of values.
    ChannelStreams &channelStreams(const QString &type, qint64 datasetId)
    {
        const QString key = foldKey(type);
        if (const auto it = m_channelStreams.find(key); it != m_channelStreams.end())
            return *it;
        ChannelStreams s;
        s.stream = m_c.nomenclature.streamOfDataSet(datasetId, key);
        if (s.stream) {
            s.code = sql::scalar(m_c.db, QStringLiteral("SELECT code FROM waste_stream WHERE id = ?"), {s.stream}).toString();
        } else {
            // A collection type no export used before: a stream of its own, said in the notes.
            s.code = QStringLiteral("TC-") + slugify(type).left(30).toUpper();
            s.stream = m_c.nomenclature.ensureStream(s.code, type, QStringLiteral("dma"), false, 0);
        }
        s.label = sql::scalar(m_c.db, QStringLiteral("SELECT label FROM waste_stream WHERE id = ?"), {s.stream}).toString();
        return *m_channelStreams.insert(key, s);
    }

    /// The gravats of a collection type ("TC-DECH-G"), a stream flagged gravats.
    qint64 gravatsStream(const QString &type)
    {
        ChannelStreams &s = m_channelStreams[foldKey(type)];
        if (!s.gravats)
            s.gravats = m_c.nomenclature.ensureStream(s.code + QStringLiteral("-G"), Tr::tr("Gravats – %1").arg(s.label), QStringLiteral("dma"),
                                                      true, m_c.nomenclature.channelOfStream(s.stream));
        return s.gravats;
    }

    /// Rows giving the same figure (data set, year, territory, stream, mode, channel) as an
    /// earlier row: no data set of the catalogue has several rows per key, so each is refused.
    void reportDuplicates()
    {
        const int column = m_match.column(Role::Year) + 1;
        for (const auto &[first, later] : m_keys.duplicates())
            m_c.problems.add(later, column,
                             Tr::tr("même année, territoire, type de déchet et mode qu'à la ligne %1 : ce tonnage serait compté deux "
                                    "fois ; retirez l'une des deux lignes").arg(QString::number(first)));
    }

    bool resolveTerritory(const CsvRecord &r, FlowRow &row)
    {
        if (m_match.layout == Layout::OdemaEpci) {
            const QStringView siren = field(r, Role::Siren);
            if (siren.size() != 9) {
                m_c.problems.add(r.line, m_match.column(Role::Siren) + 1, Tr::tr("SIREN d'EPCI invalide « %1 » (9 chiffres attendus)").arg(siren));
                return false;
            }
            row.territoryId = m_territories.get(siren, [&] { return m_c.territories.ensure(Level::Epci, siren.toString(), QString()); });
            return true;
        }
        if (m_match.layout == Layout::Mapped && m_match.territoryLevel != Level::Departement)
            return mappedTerritory(r, row);
        if (m_match.layout == Layout::SinoeCommune)
            return commune(r, row);
        const bool mapped = m_match.layout == Layout::Mapped;
        const QStringView dept = field(r, mapped ? Role::TerritoryCode : Role::DeptCode);
        const int deptColumn = m_match.column(mapped ? Role::TerritoryCode : Role::DeptCode) + 1;
        if (dept.isEmpty()) {
            m_c.problems.add(r.line, deptColumn, Tr::tr("code de département vide"));
            return false;
        }
        if (!knownSinoeCodes(r, dept, deptColumn))
            return false;
        row.territoryId = m_territories.get(dept, [&] { return departement(r, dept); });
        return true;
    }

    /// The département (and région, when the row gives it) are codes of the official geographic
    /// code: an unknown one is refused, never created.
    bool knownSinoeCodes(const CsvRecord &r, QStringView dept, int deptColumn)
    {
        if (dept == m_lastKnownDept && field(r, Role::RegionCode) == m_lastKnownRegion)
            return true; // rows come grouped
        if (!m_c.acceptTerritoryCode(r.line, deptColumn, Level::Departement, normaliseDepartementCode(dept.toString())))
            return false;
        if (const QStringView region = field(r, Role::RegionCode); !region.isEmpty()) {
            QString code = region.toString();
            if (code.size() == 1 && code.at(0).isDigit())
                code.prepend(QLatin1Char('0'));
            if (!m_c.acceptTerritoryCode(r.line, m_match.column(Role::RegionCode) + 1, Level::Region, code))
                return false;
        }
        m_lastKnownDept = dept.toString();
        m_lastKnownRegion = field(r, Role::RegionCode).toString();
        return true;
    }

    /// A commune by its INSEE code, tied to its département when the file names it (so that a
    /// store without the INSEE geographic code still finds the commune under its département).
    bool commune(const CsvRecord &r, FlowRow &row)
    {
        const QStringView code = field(r, Role::CommuneCode);
        if (const QStringView dept = field(r, Role::DeptCode); !dept.isEmpty() && !knownSinoeCodes(r, dept, m_match.column(Role::DeptCode) + 1))
            return false;
        row.territoryId = m_territories.get(code, [&]() -> qint64 {
            QString insee = code.toString();
            if (insee.size() == 4 && insee.at(0).isDigit())
                insee.prepend(QLatin1Char('0')); // "1001" read as a number by a spreadsheet
            if (!rules::territoryCodeProblem(Level::Commune, insee).isEmpty())
                return 0;
            const qint64 id = m_c.territories.ensure(Level::Commune, insee, field(r, Role::CommuneName).toString());
            if (const QStringView dept = field(r, Role::DeptCode); !dept.isEmpty())
                m_c.territories.link(departement(r, dept), id, m_c.sourceId);
            return id;
        });
        if (row.territoryId == 0) {
            m_c.problems.add(r.line, m_match.column(Role::CommuneCode) + 1, rules::territoryCodeProblem(Level::Commune, code.toString()));
            return false;
        }
        return true;
    }

    /// A territory code of the level the user chose in a column mapping.
    bool mappedTerritory(const CsvRecord &r, FlowRow &row)
    {
        const Level level = m_match.territoryLevel;
        QString code = field(r, Role::TerritoryCode).toString();
        const int column = m_match.column(Role::TerritoryCode) + 1;
        if (level == Level::Region && code.size() == 1 && code.at(0).isDigit())
            code.prepend(QLatin1Char('0'));
        if (level == Level::Commune && code.size() == 4 && code.at(0).isDigit())
            code.prepend(QLatin1Char('0')); // "1001" read as a number by a spreadsheet
        if (level == Level::Departement)
            code = normaliseDepartementCode(code);
        if (code.isEmpty() && level != Level::France) {
            m_c.problems.add(r.line, column, Tr::tr("code de territoire invalide « %1 » pour le niveau %2").arg(code, levelLabel(level)));
            return false;
        }
        if (!m_c.acceptTerritoryCode(r.line, column, level, code))
            return false;
        if (level == Level::France) {
            row.territoryId = m_c.territories.franceId();
            return true;
        }
        row.territoryId = m_territories.get(code, [&] { return m_c.territories.ensure(level, code, QString()); });
        return true;
    }

    /// Channel named in a mapped column: code ("DECH") or label ("Déchèterie"), any case or accents.
    bool mappedChannel(const CsvRecord &r, FlowRow &row)
    {
        const QStringView text = field(r, Role::Channel);
        if (text.isEmpty())
            return true; // keep the stream's channel
        if (m_channels.isEmpty()) {
            QSqlQuery q = sql::exec(m_c.db, QStringLiteral("SELECT id, code, label FROM channel"));
            while (q.next()) {
                m_channels.insert(foldKey(q.value(1).toString()), q.value(0).toLongLong());
                m_channels.insert(foldKey(q.value(2).toString()), q.value(0).toLongLong());
            }
        }
        const qint64 id = m_channels.value(foldKey(text.toString()), 0);
        if (!id) {
            m_c.problems.add(r.line, m_match.column(Role::Channel) + 1, Tr::tr("canal inconnu « %1 » (OMR, CS ou DECH attendu)").arg(text));
            return false;
        }
        row.channelId = id;
        return true;
    }

    qint64 departement(const CsvRecord &r, QStringView rawCode)
    {
        return sinoeDepartement(m_c, rawCode, field(r, Role::DeptName), field(r, Role::RegionCode), field(r, Role::RegionName), &m_repaired);
    }

    bool resolveNomenclature(const CsvRecord &r, FlowRow &row)
    {
        // Collecte or traitement first: it decides the row's data set (a commune file holds both).
        if (m_match.layout == Layout::SinoeCommune)
            row.treatment = !field(r, Role::ModeCode).isEmpty();
        else if (!m_match.has(Role::ModeCode) && m_match.has(Role::ModeLabel))
            row.treatment = !field(r, Role::ModeLabel).isEmpty();
        CodeCache &datasets = row.treatment ? m_treatmentDatasets : m_datasets;
        if (m_match.has(Role::StreamCode)) {
            const QStringView code = field(r, Role::StreamCode);
            if (code.isEmpty()) {
                m_c.problems.add(r.line, m_match.column(Role::StreamCode) + 1, Tr::tr("code de type de déchet vide"));
                return false;
            }
            row.datasetId = datasets.get(code, [&] { return m_c.datasets.forFlowRows(m_layoutId, row.treatment, code.toString()); });
            const DataSetInfo *dataset = m_c.datasets.byId(row.datasetId);
            row.streamId = m_streams.get(code, [&] {
                return m_c.nomenclature.streamForCode(row.datasetId, dataset->family, code.toString(), field(r, Role::StreamLabel).toString());
            });
        } else {
            const QStringView label = field(r, Role::StreamLabel);
            if (label.isEmpty()) {
                m_c.problems.add(r.line, m_match.column(Role::StreamLabel) + 1, Tr::tr("type de déchet vide"));
                return false;
            }
            row.streamId = m_streams.get(label, [&] { return m_c.nomenclature.streamForLabel(label.toString()); });
            row.datasetId = datasets.get(label, [&] {
                const QString code = sql::scalar(m_c.db, QStringLiteral("SELECT code FROM waste_stream WHERE id = ?"), {row.streamId}).toString();
                return m_c.datasets.forFlowRows(m_layoutId, row.treatment, code);
            });
        }
        row.channelId = m_c.nomenclature.channelOfStream(row.streamId);
        if (m_match.has(Role::Channel) && !mappedChannel(r, row))
            return false;
        if (m_match.has(Role::ModeCode)) {
            const QStringView code = field(r, Role::ModeCode);
            if (code.isEmpty() && m_match.layout == Layout::SinoeCommune) {
                row.treatment = false; // a collecte row of a file holding both
                return true;
            }
            if (code.isEmpty()) {
                m_c.problems.add(r.line, m_match.column(Role::ModeCode) + 1, Tr::tr("code de mode de traitement vide"));
                return false;
            }
            row.modeId = m_modes.get(code, [&] { return m_c.nomenclature.modeForCode(row.datasetId, code.toString(), field(r, Role::ModeLabel).toString()); });
        } else if (m_match.has(Role::ModeLabel)) {
            const QStringView label = field(r, Role::ModeLabel);
            row.treatment = !label.isEmpty();
            if (row.treatment)
                row.modeId = m_modes.get(label, [&] { return m_c.nomenclature.modeForLabel(label.toString()); });
        }
        return true;
    }

    void readPopulation(const CsvRecord &r, const FlowRow &row)
    {
        const QStringView text = field(r, Role::Population);
        if (text.isEmpty())
            return;
        const auto population = parseCount(text);
        if (!population || *population == 0)
            return; // a population column is optional help: a bad cell only loses the ratio
        const QString key = QString::number(row.territoryId) + QLatin1Char('/') + QString::number(row.year) + QLatin1Char('/')
                          + QString::number(row.datasetId);
        if (m_populationsSeen.contains(key))
            return;
        m_populationsSeen.insert(key);
        m_c.territories.setPopulation(row.territoryId, row.year, QStringLiteral("source"), row.datasetId, *population, m_c.sourceId);
        ++m_c.report.populationsStored;
    }

    ImportContext &m_c;
    const LayoutMatch &m_match;
    std::unique_ptr<FlowWriter> m_writer;
    bool m_treatment;
    int m_width = 0;
    int m_repaired = 0;
    QString m_layoutId;
    SliceKey m_lastSlice;
    qint64 m_line = 0; ///< line of the record being read
    rules::DuplicateKeys m_keys;
    QString m_lastKnownDept, m_lastKnownRegion;
    CodeCache m_territories, m_streams, m_modes, m_datasets, m_treatmentDatasets;
    QHash<QString, ChannelStreams> m_channelStreams; ///< folded collection type -> its streams
    QSet<QString> m_populationsSeen;
    QHash<QString, qint64> m_channels; ///< folded channel code or label -> id
};

} // namespace

void importFlowRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match)
{
    FlowRecordReader(context, match).read(reader);
}

} // namespace odema
