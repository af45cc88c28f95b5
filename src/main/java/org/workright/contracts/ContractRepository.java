package org.workright.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.workright.contracts.ContractDraft.Negotiator;

/** The collective_contract tables; only the contracts package reads them. */
@Repository
class ContractRepository {

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprises a contract covers, with their workers. */
    record Coverage(String creditCode, int workers) {
    }

    void insert(Contract c) {
        jdbc.sql("""
                insert into collective_contract (case_no, scope, kind, credit_code, title, employer_party,
                  employer_address, union_party, union_address, district_code, status, version, publication_missed,
                  created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNo(), c.scope().name(), c.kind().name(), c.creditCode(), c.title(), c.employerParty(),
                        c.employerAddress(), c.unionParty(), c.unionAddress(), c.districtCode(), c.status().name(),
                        c.version(), false, c.createdAt(), c.createdBy())
                .update();
    }

    /** A filing and its negotiators; the contract row then points at it. */
    void insertFiling(Filing f, List<Negotiator> negotiators, Contract.Status status) {
        jdbc.sql("""
                insert into collective_contract_version (case_no, version, reason, filed_on, filed_by, signed_on,
                  starts_on, ends_on, workers_covered, lowest_wage, weekly_hours, wage_increase, vote_total,
                  vote_present, vote_in_favour, vote_held_on, employer_chief_capacity, late_filing, last_filing_day)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.caseNo(), f.version(), f.reason().name(), f.filedOn(), f.filedBy(), f.signedOn(),
                        f.startsOn(), f.endsOn(), f.workersCovered(), f.lowestWage(), f.weeklyHours(),
                        f.wageIncrease(), f.vote().total(), f.vote().present(), f.vote().inFavour(),
                        f.vote().heldOn(), f.employerChief().name(), f.lateFiling(), f.lastFilingDay())
                .update();
        for (int i = 0; i < negotiators.size(); i++) {
            Negotiator n = negotiators.get(i);
            jdbc.sql("""
                    insert into collective_contract_negotiator (case_no, version, seq, name, id_number, side, chief,
                      outsider) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.caseNo(), f.version(), i + 1, n.name().strip(), FilingCheck.normalizedId(n.idNumber()),
                            n.side().name(), n.chief(), n.outsider())
                    .update();
        }
        set(f.caseNo(), status, "version = ?", f.version());
    }

    void insertCoverage(String caseNo, List<Coverage> coverage) {
        jdbc.sql("delete from collective_contract_coverage where case_no = ?").param(caseNo).update();
        for (Coverage c : coverage) {
            jdbc.sql("insert into collective_contract_coverage (case_no, credit_code, workers) values (?, ?, ?)")
                    .params(caseNo, c.creditCode(), c.workers()).update();
        }
    }

    Optional<Contract> find(String caseNo) {
        return jdbc.sql("select * from collective_contract where case_no = ?").param(caseNo)
                .query(ContractRepository::contract).optional();
    }

    /** The contract, its row held for this transaction (its documents are counted before one is added). */
    Contract lock(String caseNo) {
        return jdbc.sql("select * from collective_contract where case_no = ? for update").param(caseNo)
                .query(ContractRepository::contract).single();
    }

    /** A contract a process step works on: it exists, or the instance is not this application's. */
    Contract require(String caseNo) {
        return find(caseNo).orElseThrow(() -> new IllegalStateException("No collective contract " + caseNo));
    }

    List<Contract> findByEnterprise(String creditCode) {
        return jdbc.sql("""
                select * from collective_contract c where c.credit_code = ?
                   or c.case_no in (select v.case_no from collective_contract_coverage v where v.credit_code = ?)
                order by c.case_no""").params(creditCode, creditCode)
                .query(ContractRepository::contract).list();
    }

    /** Every contract of these districts (all of them when null), newest first; at most 500. */
    List<Contract> inDistricts(java.util.Set<String> codes) {
        if (codes != null && codes.isEmpty()) {
            return List.of();
        }
        String where = codes == null ? "" : " where district_code in (" + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ")";
        return jdbc.sql("select * from collective_contract" + where + " order by created_at desc, case_no desc limit 500")
                .params(codes == null ? List.of() : List.copyOf(codes)).query(ContractRepository::contract).list();
    }

    Filing filing(String caseNo, int version) {
        return jdbc.sql("select * from collective_contract_version where case_no = ? and version = ?")
                .params(caseNo, version).query(ContractRepository::filing).single();
    }

    List<Filing> filings(String caseNo) {
        return jdbc.sql("select * from collective_contract_version where case_no = ? order by version")
                .param(caseNo).query(ContractRepository::filing).list();
    }

    List<Negotiator> negotiators(String caseNo, int version) {
        return jdbc.sql("""
                select name, id_number, side, chief, outsider from collective_contract_negotiator
                where case_no = ? and version = ? order by seq""").params(caseNo, version)
                .query((rs, i) -> new Negotiator(rs.getString("name"), rs.getString("id_number"),
                        ContractDraft.Side.valueOf(rs.getString("side")), rs.getBoolean("chief"),
                        rs.getBoolean("outsider")))
                .list();
    }

    List<Coverage> coverage(String caseNo) {
        return jdbc.sql("select credit_code, workers from collective_contract_coverage where case_no = ? order by credit_code")
                .param(caseNo).query((rs, i) -> new Coverage(rs.getString("credit_code"), rs.getInt("workers"))).list();
    }

    /** One process instance per contract, ever: the conditional update is atomic, so two starts cannot both win. */
    boolean claimProcess(String caseNo, String processInstanceId) {
        return jdbc.sql("update collective_contract set process_instance_id = ? where case_no = ? and process_instance_id is null")
                .params(processInstanceId, caseNo).update() == 1;
    }

    void recordReceipt(String caseNo, int version, LocalDate receivedOn, LocalDate reviewDue) {
        filingSet(caseNo, version, "received_on = ?, review_due = ?", receivedOn, reviewDue);
        set(caseNo, Contract.Status.UNDER_REVIEW, "");
    }

    void awaitDocuments(String caseNo) {
        set(caseNo, Contract.Status.DOCUMENTS_PENDING, "");
    }

    void recordUnionOpinion(String caseNo, int version, String opinion, String by, LocalDate on) {
        filingSet(caseNo, version, "union_opinion = ?, union_opinion_by = ?, union_opinion_on = ?", opinion, by, on);
    }

    void recordPrecheck(String caseNo, int version, String findings) {
        filingSet(caseNo, version, "precheck = ?", findings);
    }

    void recordObjection(String caseNo, int version, String opinion, String by, LocalDate on) {
        filingSet(caseNo, version, "outcome = ?, opinion = ?, decided_on = ?, decided_by = ?",
                Filing.Outcome.OBJECTED.name(), opinion, on, by);
        set(caseNo, Contract.Status.OBJECTED, "");
    }

    /** The version takes effect: approved by the reviewer, or by silence at the end of the review period. */
    void recordEffect(String caseNo, Filing f, Filing.Outcome outcome, String opinion, String by, LocalDate on,
            LocalDate publicationDue) {
        filingSet(caseNo, f.version(), "outcome = ?, opinion = ?, decided_on = ?, decided_by = ?", outcome.name(),
                opinion, on, by);
        set(caseNo, Contract.Status.AWAITING_PUBLICATION, "starts_on = ?, ends_on = ?, effective_on = ?, "
                + "publication_due = ?, published_on = ?, publication_note = ?, publication_missed = ?, "
                + "renewal_reminded_on = ?, renewal_intent = ?, renewal_note = ?", f.startsOn(), f.endsOn(), on,
                publicationDue, null, null, false, null, null, null);
    }

    void recordPublication(String caseNo, LocalDate on, String note) {
        set(caseNo, Contract.Status.IN_FORCE, "published_on = ?, publication_note = ?", on, note);
    }

    void recordPublicationMissed(String caseNo) {
        set(caseNo, Contract.Status.IN_FORCE, "publication_missed = ?", true);
    }

    void recordRenewalReminder(String caseNo, LocalDate on) {
        jdbc.sql("update collective_contract set renewal_reminded_on = ? where case_no = ?").params(on, caseNo).update();
    }

    void recordRenewalIntent(String caseNo, Contract.RenewalIntent intent, String note) {
        jdbc.sql("update collective_contract set renewal_intent = ?, renewal_note = ? where case_no = ?")
                .params(intent.name(), note, caseNo).update();
    }

    void expire(String caseNo) {
        set(caseNo, Contract.Status.EXPIRED, "");
    }

    void resumeInForce(String caseNo) {
        set(caseNo, Contract.Status.IN_FORCE, "");
    }

    void lapse(String caseNo) {
        set(caseNo, Contract.Status.LAPSED, "");
    }

    long insertDocument(String caseNo, int version, ContractDocument.Purpose purpose, String fileName,
            String contentType, byte[] content, String sha256, OffsetDateTime at, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into collective_contract_document (case_no, version, purpose, file_name, content_type,
                  size_bytes, sha256, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, version, purpose.name(), fileName, contentType, content.length, sha256, content, at, by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<ContractDocument> documents(String caseNo) {
        return jdbc.sql("""
                select id, case_no, version, purpose, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                from collective_contract_document where case_no = ? order by version, id""").param(caseNo)
                .query(ContractRepository::document).list();
    }

    Optional<ContractDocument> document(long id) {
        return jdbc.sql("""
                select id, case_no, version, purpose, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                from collective_contract_document where id = ?""").param(id)
                .query(ContractRepository::document).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from collective_contract_document where id = ?").param(id)
                .query((rs, i) -> rs.getBytes(1)).single();
    }

    /** What a filing has attached, by purpose. */
    List<ContractDocument.Purpose> purposes(String caseNo, int version) {
        return jdbc.sql("select distinct purpose from collective_contract_document where case_no = ? and version = ?")
                .params(caseNo, version).query((rs, i) -> ContractDocument.Purpose.valueOf(rs.getString(1))).list();
    }

    /**
     * One statement per step, which also proves the contract exists; the column lists are this
     * class's constants.
     */
    private void set(String caseNo, Contract.Status status, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        params[0] = status.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[params.length - 1] = caseNo;
        int updated = jdbc.sql("update collective_contract set status = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " where case_no = ?").params(params).update();
        if (updated != 1) {
            throw new IllegalStateException("No collective contract " + caseNo);
        }
    }

    private void filingSet(String caseNo, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = caseNo;
        params[values.length + 1] = version;
        int updated = jdbc.sql("update collective_contract_version set " + assignments + " where case_no = ? and version = ?")
                .params(params).update();
        if (updated != 1) {
            throw new IllegalStateException("No filing " + caseNo + " v" + version);
        }
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(rs.getString("case_no"), Contract.Scope.valueOf(rs.getString("scope")),
                Contract.Kind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("title"),
                rs.getString("employer_party"), rs.getString("employer_address"), rs.getString("union_party"),
                rs.getString("union_address"), rs.getString("district_code"),
                Contract.Status.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("publication_due", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getString("publication_note"),
                rs.getBoolean("publication_missed"), rs.getObject("renewal_reminded_on", LocalDate.class),
                rs.getString("renewal_intent") == null ? null : Contract.RenewalIntent.valueOf(rs.getString("renewal_intent")),
                rs.getString("renewal_note"), rs.getString("process_instance_id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }

    private static Filing filing(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Filing(rs.getString("case_no"), rs.getInt("version"), Filing.Reason.valueOf(rs.getString("reason")),
                rs.getObject("filed_on", LocalDate.class), rs.getString("filed_by"),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getInt("workers_covered"),
                rs.getBigDecimal("lowest_wage"), rs.getBigDecimal("weekly_hours"), rs.getString("wage_increase"),
                new ContractDraft.Vote(rs.getInt("vote_total"), rs.getInt("vote_present"), rs.getInt("vote_in_favour"),
                        rs.getObject("vote_held_on", LocalDate.class)),
                Filing.ChiefCapacity.valueOf(rs.getString("employer_chief_capacity")), rs.getBoolean("late_filing"),
                rs.getObject("last_filing_day", LocalDate.class), rs.getObject("received_on", LocalDate.class),
                rs.getObject("review_due", LocalDate.class), rs.getString("union_opinion"),
                rs.getString("union_opinion_by"), rs.getObject("union_opinion_on", LocalDate.class),
                rs.getString("precheck"), outcome == null ? null : Filing.Outcome.valueOf(outcome),
                rs.getString("opinion"), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"));
    }

    private static ContractDocument document(ResultSet rs, int row) throws SQLException {
        return new ContractDocument(rs.getLong("id"), rs.getString("case_no"), rs.getInt("version"),
                ContractDocument.Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by"));
    }
}
