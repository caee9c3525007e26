// Build-time tool: rewrites a Qt Linguist .ts into one context ("odema") before lrelease.
//
// Why: the code translates through small file-local wrappers, e.g.
//   QString tr(const char *text) { return QCoreApplication::translate("Import", text); }
// lupdate cannot see through them and files each string under the enclosing namespace or
// class ("odema::Importer", "odema::cli"), not under the context used at run time
// ("Import", "Cli"). LanguageSettings therefore looks every string up in this single
// context, whatever context the caller names. For the same reason lupdate records
// tr("%n …", count) as a plain message; QTranslator only matches a counted lookup against a
// plural entry, so messages whose source holds %n become plural entries here, each plural
// form carrying the (already "(s)"-style) translation.
// Usage: odema-flatten-ts INPUT.ts OUTPUT.ts
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cstdio>

namespace {

struct Message {
    QString source, comment, extraComment;
    QStringList forms; ///< one translation, or the plural forms
    bool numerus = false;
    bool finished = true;
};

Message readMessage(QXmlStreamReader &xml)
{
    Message m;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText(); // <numerusform>
            } else {
                m.forms << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: odema-flatten-ts INPUT.ts OUTPUT.ts\n");
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "odema-flatten-ts: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QXmlStreamReader xml(&in);
    QString language = QStringLiteral("en"), sourceLanguage = QStringLiteral("fr");
    QList<Message> messages;
    QSet<QString> seen;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
            sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (xml.name() == QLatin1String("message")) {
            Message m = readMessage(xml);
            const QString key = m.source + QChar(0) + m.comment;
            // The same French text under two contexts gets one English text.
            if (m.finished && !seen.contains(key)) {
                seen.insert(key);
                messages << m;
            }
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "odema-flatten-ts: %s: %s\n", qPrintable(args.at(1)), qPrintable(xml.errorString()));
        return 1;
    }

    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    w.writeStartElement(QStringLiteral("TS"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    w.writeAttribute(QStringLiteral("language"), language);
    w.writeAttribute(QStringLiteral("sourcelanguage"), sourceLanguage);
    w.writeStartElement(QStringLiteral("context"));
    w.writeTextElement(QStringLiteral("name"), QStringLiteral("odema"));
    for (const Message &m : messages) {
        const bool plural = m.numerus || m.source.contains(QLatin1String("%n"));
        w.writeStartElement(QStringLiteral("message"));
        if (plural)
            w.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        w.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            w.writeTextElement(QStringLiteral("comment"), m.comment);
        w.writeStartElement(QStringLiteral("translation"));
        if (plural) {
            QStringList forms = m.forms;
            while (forms.size() < 2) // English: singular and plural
                forms << forms.value(0);
            for (const QString &form : forms)
                w.writeTextElement(QStringLiteral("numerusform"), form);
        } else {
            w.writeCharacters(m.forms.value(0));
        }
        w.writeEndElement(); // translation
        w.writeEndElement(); // message
    }
    w.writeEndElement(); // context
    w.writeEndElement(); // TS
    w.writeEndDocument();
    return out.commit() ? 0 : 1;
}
