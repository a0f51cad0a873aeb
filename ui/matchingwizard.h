#pragma once

#include "matching/schoolmatch.h"
#include "matching/schoolmatcher.h"
#include "report/schoolsummary.h"

#include <QHash>
#include <QList>
#include <QWizard>

#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace rb {

class SessionStore;
struct ReadResult;

// Matching the SIS's schools to the hub's schools, then confirming it, as the hub's own setup
// does: once a school's match is confirmed it is locked for good (seeds 000, 002, 003).
//
// Pages: the hub's schools (imported from CSV or typed in); the SIS's schools of the latest import,
// each to roster or leave out; a hub school for each, with ranked suggestions and their scores;
// a review of what will sync into each hub school and what will not; and the confirmation, which
// asks for a ticked box because it cannot be undone. Every choice until then is one step of Undo
// (Ctrl+Z, and the Undo button). Schools confirmed earlier are shown with who confirmed them and
// when, and offer no control that could change them.
//
// Shown on screen-shares: larger type, every control reachable and usable by keyboard. What the
// pages choose is kept in the session when moving on (Next), so closing the wizard loses at most
// the current page's choices; only the last page confirms.
class MatchingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchingWizard)

public:
    enum PageId { HubSchoolsPage, SisSchoolsPage, MatchPage, ReviewPage, ConfirmPage };

    // `store` must outlive the wizard. `latest` is the session's latest import as read: its
    // orgs of type school are the SIS's schools. Null or unreadable: there is nothing to match,
    // and the pages say so.
    MatchingWizard(SessionStore *store, std::shared_ptr<const ReadResult> latest, QWidget *parent = nullptr);
    // The same with summarizeSchools of `latest` made beforehand: it walks every row, seconds at a
    // million students, which the window spends on a worker already. Made here when empty.
    MatchingWizard(SessionStore *store, std::shared_ptr<const ReadResult> latest,
                   std::vector<SchoolSummary> summaries, QWidget *parent = nullptr);
    ~MatchingWizard() override;

    // -- The matching as it stands in the wizard ----------------------------------------------

    const QList<HubSchool> &hubSchools() const { return m_hub; }
    // One per SIS school of the latest import (in orgs.csv's order), then those only earlier
    // imports had.
    const QList<SchoolMatch> &matches() const { return m_matches; }
    const QList<SisSchool> &sisSchools() const { return m_sis; }
    const SchoolMatcher &matcher() const { return m_matcher; }
    const SchoolMatch *matchOf(const QString &sisId) const;
    // The SIS school's people and classes in the latest import; null for one it does not have.
    const SchoolSummary *summaryOf(const QString &sisId) const;
    const std::vector<SchoolSummary> &summaries() const { return m_summaries; }
    const std::shared_ptr<const ReadResult> &latest() const { return m_latest; }
    SessionStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    // Whether anything is left to confirm.
    bool hasUnconfirmed() const;

    // -- Choices: each one step of Undo. False, with nothing changed, when not allowed ----------

    // Replaces the hub's schools by those of a CSV file. On a problem, nothing changes,
    // `problems` says what is wrong, with file and line, and hubSchoolsImportFailed() is emitted.
    bool importHubSchools(const QString &csvPath, QStringList *problems);
    // A new empty hub school at the end, to be typed in; returns its row.
    int addHubSchool();
    // Changes the hub school at `row`. Matches follow a changed id. Refused for the id of a school
    // a confirmed match goes to.
    bool updateHubSchool(int row, const HubSchool &school);
    // Refused for a school a confirmed match goes to; matches not confirmed to it are undone.
    bool removeHubSchool(int row);
    // Whether a confirmed match goes to this hub school: its id cannot change, nor can it go.
    bool isHubSchoolLocked(const QString &hubId) const;
    // Rosters a school or leaves it out (it will not sync). Refused for a confirmed school.
    bool setRostered(const QString &sisId, bool rostered);
    // Matches a rostered school to a hub school, or undoes its match (empty `hubId`). Refused for
    // a confirmed school, an unknown hub school, or one another school goes to.
    bool setMatch(const QString &sisId, const QString &hubId);
    // Matches every rostered school not matched yet that SchoolMatcher::assign can match on its
    // own. Returns how many.
    int matchAutomatically();

    // -- Keeping it --------------------------------------------------------------------------

    // Keeps the hub's schools and the matching in the session, without confirming.
    bool save(QString *error);
    // Keeps and confirms the matching: locked from then on. Clears Undo. On success emits
    // matchingConfirmed().
    bool confirm(QString *error);

signals:
    // The session's matching was confirmed (and so locked) from this wizard.
    void matchingConfirmed();
    // The hub's schools or the matching were kept in the session (not confirmed).
    void matchingSaved();
    // The matching in the wizard changed: a choice, an Undo or a Redo.
    void draftChanged();
    // importHubSchools() took nothing from `file`, for these reasons.
    void hubSchoolsImportFailed(const QString &file, const QStringList &problems);

private:
    struct Draft
    {
        QList<HubSchool> hub;
        QList<SchoolMatch> matches;
        bool operator==(const Draft &) const = default;
    };
    friend class MatchingDraftCommand;

    void load();
    void applyDraft(const Draft &draft);
    // Pushes the change `edit` makes to the draft as one step of Undo named `what`; nothing when
    // it changes nothing.
    void change(const QString &what, const std::function<void(Draft &)> &edit);
    SchoolMatch *findMatch(Draft &draft, const QString &sisId) const;
    void updateUndoButtons();

    SessionStore *m_store = nullptr;
    std::shared_ptr<const ReadResult> m_latest;
    QList<SisSchool> m_sis;
    std::vector<SchoolSummary> m_summaries; // of the latest import, by summarizeSchools: given or made
    QHash<QString, qsizetype> m_summaryOf;  // SIS id → index into m_summaries
    QList<HubSchool> m_hub;
    QList<SchoolMatch> m_matches;
    SchoolMatcher m_matcher;
    QUndoStack *m_undo = nullptr;
};

} // namespace rb
