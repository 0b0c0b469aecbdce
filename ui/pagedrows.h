#pragma once
// The rows of a register model: the ordered ids of all rows, known at once from one query (so
// the row count and the scroll bar are right), and the rows' contents fetched when shown, a
// page at a time, kept in a small cache of pages.
#include <QCache>
#include <QString>
#include <QVector>
#include <functional>

template <typename Row>
class PagedRows {
public:
    // Reads the rows of these ids (in any order; missing ids are skipped).
    using Fetch = std::function<QVector<Row>(const QVector<qint64>& ids)>;

    PagedRows(int pageSize, qint64 Row::*id) : m_pageSize(pageSize), m_id(id) {}

    void reset(QVector<qint64> ids = {})
    {
        m_ids = std::move(ids);
        m_pages.clear();
    }
    const QVector<qint64>& ids() const { return m_ids; }
    int size() const { return int(m_ids.size()); }
    qint64 id(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int pagesFetched() const { return m_pagesFetched; }

    // Reads the ordered ids with the query's ids(filter); empty, with the query's message, when
    // it fails.
    template <typename Query, typename Filter>
    QString read(Query& query, const Filter& filter)
    {
        auto ids = query.ids(filter);
        reset(ids ? std::move(ids.value()) : QVector<qint64>());
        return ids ? QString() : ids.error();
    }

    // The row, its page fetched with the query's rows(ids) when needed; nullptr without a query,
    // when out of range or when gone since the ids were read.
    template <typename Query>
    const Row* row(int row, Query* query) const
    {
        if (!query)
            return nullptr;
        return this->row(row, [query](const QVector<qint64>& ids) {
            const auto fetched = query->rows(ids);
            return fetched ? fetched.value() : QVector<Row>();
        });
    }

    const Row* row(int row, const Fetch& fetch) const
    {
        if (row < 0 || row >= m_ids.size())
            return nullptr;
        const int page = row / m_pageSize;
        QVector<Row>* rows = m_pages.object(page);
        if (!rows) {
            rows = new QVector<Row>(fetch(m_ids.mid(qsizetype(page) * m_pageSize, m_pageSize)));
            m_pages.insert(page, rows);
            ++m_pagesFetched;
        }
        // Rows deleted since the id query are missing from their page: find by id, not position.
        const qint64 wanted = m_ids.at(row);
        const int offset = row % m_pageSize;
        if (offset < rows->size() && rows->at(offset).*m_id == wanted)
            return &rows->at(offset);
        for (const Row& r : std::as_const(*rows))
            if (r.*m_id == wanted)
                return &r;
        return nullptr;
    }

private:
    int m_pageSize;
    qint64 Row::*m_id;
    QVector<qint64> m_ids;
    mutable QCache<int, QVector<Row>> m_pages{32}; // page number -> rows
    mutable int m_pagesFetched = 0;
};
