#include "findingcodec.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FindingCodec)
};

constexpr char Magic[] = {'R', 'B', 'F', 'I', 'N', 'D'};
constexpr qsizetype MagicSize = qsizetype(sizeof(Magic));
constexpr quint16 FormatVersion = 1;
constexpr qsizetype HeaderSize = MagicSize + 2;
constexpr qsizetype ItemSize = 2 + 1 + 2 + 4 * 5;

// Writes little-endian integers and bytes at the end of a QByteArray.
class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out) {}

    template<typename T>
    void put(T value)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + qsizetype(sizeof(T)));
        qToLittleEndian<T>(value, m_out.data() + at);
    }
    void putBytes(const char *data, qsizetype size) { m_out.append(data, size); }

private:
    QByteArray &m_out;
};

// Reads what Writer wrote, never past the end.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_p(data.constData()), m_end(data.constData() + data.size()) {}

    qsizetype left() const { return qsizetype(m_end - m_p); }
    bool atEnd() const { return m_p == m_end; }

    template<typename T>
    bool get(T *value)
    {
        if (left() < qsizetype(sizeof(T)))
            return false;
        *value = qFromLittleEndian<T>(m_p);
        m_p += sizeof(T);
        return true;
    }
    // The next `size` bytes, or nullptr if there are fewer left.
    const char *take(qsizetype size)
    {
        if (size < 0 || left() < size)
            return nullptr;
        const char *at = m_p;
        m_p += size;
        return at;
    }

private:
    const char *m_p;
    const char *m_end;
};

QString damaged()
{
    return Tr::tr("The findings kept in this session are damaged and cannot be read. Check the export "
                  "again to see its findings.");
}

QString truncated()
{
    return Tr::tr("The findings kept in this session are incomplete: they end too early. Check the "
                  "export again to see its findings.");
}

std::optional<FindingList> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QByteArray encodeFindings(const FindingList &findings)
{
    const std::vector<Finding> &items = findings.items();
    const std::vector<QString> &strings = findings.strings();

    // The rules used, in the order they first appear.
    constexpr quint16 NotUsed = UINT16_MAX;
    std::array<quint16, RuleCount> ruleIndex;
    ruleIndex.fill(NotUsed);
    std::vector<RuleId> rules;
    for (const Finding &f : items) {
        quint16 &index = ruleIndex[size_t(f.rule)];
        if (index == NotUsed) {
            index = quint16(rules.size());
            rules.push_back(f.rule);
        }
    }

    // Room for everything when the strings are ASCII, as they nearly always are; more is grown.
    qsizetype longest = 0;
    qsizetype estimate = HeaderSize + 2 + 4 + 4 + qsizetype(items.size()) * ItemSize;
    for (RuleId rule : rules)
        estimate += 1 + RuleCatalogue::code(rule).size();
    for (const QString &s : strings) {
        estimate += 4 + s.size();
        longest = std::max(longest, s.size());
    }
    QByteArray out;
    out.reserve(estimate + 3 * longest);
    Writer w(out);

    w.putBytes(Magic, MagicSize);
    w.put<quint16>(FormatVersion);

    w.put<quint16>(quint16(rules.size()));
    for (RuleId rule : rules) {
        const QByteArray code = RuleCatalogue::code(rule).toLatin1();
        w.put<quint8>(quint8(code.size()));
        w.putBytes(code.constData(), code.size());
    }

    // Each string is encoded straight into the blob, its length written once it is known.
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    w.put<quint32>(quint32(strings.size() - 1));
    for (size_t i = 1; i < strings.size(); ++i) {
        const QString &s = strings[i];
        const qsizetype at = out.size();
        out.resize(at + 4 + utf8.requiredSpace(s.size()));
        char *begin = out.data() + at + 4;
        char *end = utf8.appendToBuffer(begin, s);
        const qsizetype length = qsizetype(end - begin);
        qToLittleEndian<quint32>(quint32(length), out.data() + at);
        out.resize(at + 4 + length);
    }

    w.put<quint32>(quint32(items.size()));
    const qsizetype itemsAt = out.size();
    out.resize(itemsAt + qsizetype(items.size()) * ItemSize);
    char *p = out.data() + itemsAt;
    for (const Finding &f : items) {
        qToLittleEndian<quint16>(ruleIndex[size_t(f.rule)], p);
        p[2] = char(quint8(f.kind));
        qToLittleEndian<quint16>(f.column, p + 3);
        qToLittleEndian<quint32>(f.row, p + 5);
        qToLittleEndian<quint32>(f.line, p + 9);
        qToLittleEndian<quint32>(f.file, p + 13);
        qToLittleEndian<quint32>(f.arg1, p + 17);
        qToLittleEndian<quint32>(f.arg2, p + 21);
        p += ItemSize;
    }
    return out;
}

std::optional<FindingList> decodeFindings(const QByteArray &data, QString *error)
{
    Reader r(data);

    const char *magic = r.take(MagicSize);
    if (!magic || std::memcmp(magic, Magic, size_t(MagicSize)) != 0) {
        return fail(error, Tr::tr("What this session keeps as findings is not something Rosterbench "
                                  "wrote. Check the export again to see its findings."));
    }
    quint16 version = 0;
    if (!r.get(&version))
        return fail(error, truncated());
    if (version > FormatVersion) {
        return fail(error, Tr::tr("The findings kept in this session were written by a newer version "
                                  "of Rosterbench (format %1; this version reads format %2 and "
                                  "older). Open the session in that version, or check the export "
                                  "again.")
                               .arg(version)
                               .arg(FormatVersion));
    }
    if (version == 0)
        return fail(error, damaged());

    quint16 ruleCount = 0;
    if (!r.get(&ruleCount))
        return fail(error, truncated());
    if (r.left() < qsizetype(ruleCount) * 2) // a length and at least one letter each
        return fail(error, truncated());
    std::vector<RuleId> rules;
    rules.reserve(ruleCount);
    for (quint16 i = 0; i < ruleCount; ++i) {
        quint8 length = 0;
        const char *code = nullptr;
        if (!r.get(&length) || !(code = r.take(length)))
            return fail(error, truncated());
        const QString name = QString::fromUtf8(code, length);
        const std::optional<RuleId> rule = RuleCatalogue::findByCode(name);
        if (!rule) {
            return fail(error, Tr::tr("The findings kept in this session name the rule “%1”, which "
                                      "this version of Rosterbench does not know. Check the export "
                                      "again to see its findings as today's rules find them.")
                                   .arg(name));
        }
        rules.push_back(*rule);
    }

    quint32 stringCount = 0;
    if (!r.get(&stringCount))
        return fail(error, truncated());
    if (r.left() / 4 < qsizetype(stringCount)) // a length each
        return fail(error, truncated());
    std::vector<QString> strings;
    strings.reserve(size_t(stringCount) + 1);
    strings.emplace_back();
    for (quint32 i = 0; i < stringCount; ++i) {
        quint32 length = 0;
        const char *bytes = nullptr;
        if (!r.get(&length) || !(bytes = r.take(qsizetype(length))))
            return fail(error, truncated());
        strings.push_back(QString::fromUtf8(bytes, qsizetype(length)));
    }

    quint32 itemCount = 0;
    if (!r.get(&itemCount))
        return fail(error, truncated());
    if (r.left() / ItemSize < qsizetype(itemCount))
        return fail(error, truncated());
    if (r.left() != qsizetype(itemCount) * ItemSize)
        return fail(error, damaged()); // bytes after the last finding
    const char *p = r.take(qsizetype(itemCount) * ItemSize);
    const size_t ruleTotal = rules.size();
    const size_t stringTotal = strings.size();
    std::vector<Finding> items(itemCount);
    for (Finding &f : items) {
        const quint16 rule = qFromLittleEndian<quint16>(p);
        const quint8 kind = quint8(p[2]);
        f.column = qFromLittleEndian<quint16>(p + 3);
        f.row = qFromLittleEndian<quint32>(p + 5);
        f.line = qFromLittleEndian<quint32>(p + 9);
        f.file = qFromLittleEndian<quint32>(p + 13);
        f.arg1 = qFromLittleEndian<quint32>(p + 17);
        f.arg2 = qFromLittleEndian<quint32>(p + 21);
        p += ItemSize;
        if (rule >= ruleTotal || kind > quint8(FileKind::Other) || f.file >= stringTotal
            || f.arg1 >= stringTotal || f.arg2 >= stringTotal)
            return fail(error, damaged());
        f.rule = rules[rule];
        f.kind = FileKind(kind);
    }

    std::optional<FindingList> list = FindingList::fromParts(std::move(items), std::move(strings));
    if (!list)
        return fail(error, damaged());
    if (error)
        error->clear();
    return list;
}

} // namespace rb
