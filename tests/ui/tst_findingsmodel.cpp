#include "findingsmodel.h"

#include "oneroster/exportreader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rb;

class FindingsModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void sample_passesTheModelTester()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto result = std::make_shared<ReadResult>(ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)}));
        const size_t findings = result->findings.size();
        QVERIFY(findings > 0);
        model.setResult(result);
        QCOMPARE(model.rowCount(), int(findings));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString code = model.index(row, FindingsModel::CodeColumn).data().toString();
            QVERIFY(!code.isEmpty());
            QVERIFY(!model.index(row, FindingsModel::MessageColumn).data().toString().isEmpty());
            QVERIFY(model.index(row, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("How to fix")));
            QVERIFY(!model.index(row, FindingsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
        }
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(FindingsModelTest)
#include "tst_findingsmodel.moc"
