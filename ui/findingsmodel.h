#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace rb {

struct ReadResult;

// The findings of a check, one row each: severity, code, file, line, column, id, message.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, CodeColumn, FileColumn, LineColumn, ColumnColumn, IdColumn,
                  MessageColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    void setResult(std::shared_ptr<const ReadResult> result);
    const ReadResult *result() const { return m_result.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ReadResult> m_result;
};

} // namespace rb
