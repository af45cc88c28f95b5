package org.workright.democracy;

import static org.workright.casework.Deadline.chineseDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.workright.casework.CaseSearch;
import org.workright.casework.CaseSearch.Field;
import org.workright.letters.LetterLink;
import org.workright.letters.LetterService;
import org.workright.system.Zones;

/**
 * A check's own page, for the enterprise checked and the officers alike: how it stands, every
 * report with its sessions, the findings with their rules, the supporting documents and letters;
 * while a report is awaited, the enterprise uploads that report's documents here.
 */
@Service
class DemocracyPage {

    private final DemocracyQueries queries;
    private final DemocracyDistricts districts;
    private final DemocracyDocuments documents;
    private final LetterService letters;

    DemocracyPage(DemocracyQueries queries, DemocracyDistricts districts, DemocracyDocuments documents,
            LetterService letters) {
        this.queries = queries;
        this.districts = districts;
        this.documents = documents;
        this.letters = letters;
    }

    /** Where the page is, for Tasklist's forms, the enterprise's file and the case page. */
    static String address(String caseNo) {
        return "/workspace/democracy.html?case=" + caseNo;
    }

    /** @param removable whether the viewer may still take it back (the enterprise, before its report is in) */
    record DocumentView(long id, String report, String purpose, String fileName, String contentType, int sizeBytes,
            String sha256, LocalDate uploadedOn, boolean removable) {
        static DocumentView of(DemocracyDocument d, boolean removable) {
            return new DocumentView(d.id(), reportName(d.reportNo()), d.purpose().label(), d.fileName(),
                    d.contentType(), d.sizeBytes(), d.sha256(), d.uploadedAt().atZoneSameInstant(Zones.KUNMING).toLocalDate(),
                    removable);
        }
    }

    record PurposeOption(String code, String label) {
    }

    /**
     * @param uploadFor the report whose documents the enterprise may upload now (null when it may not)
     * @param purposes  what a document may be, for the upload's choice
     */
    record View(String caseNo, String title, String status, String statusLabel, String creditCode,
            List<CaseSearch.Section> sections, List<DocumentView> documents, List<LetterLink> letters,
            boolean party, boolean staff, String uploadFor, List<PurposeOption> purposes, int documentMaxBytes) {
    }

    Optional<View> view(String caseNo, Authentication user) {
        return queries.detail(caseNo, user).map(d -> {
            DemocracyCheck c = d.check();
            boolean staff = districts.isStaff(user);
            boolean party = documents.isParty(c, user);
            String uploadFor = party && DemocracyDocuments.awaitingReport(c)
                    ? reportName(d.reports().size() + 1) : null;
            return new View(c.caseNo(), c.summary(), c.status().name(), c.status().label(), c.creditCode(),
                    sections(d), d.documents().stream().map(doc -> DocumentView.of(doc,
                            documents.removable(doc, c, d.reports().size(), user))).toList(),
                    letters.lettersOf(c.caseNo()).stream().map(l -> LetterLink.of(l, staff)).toList(), party, staff,
                    uploadFor, java.util.Arrays.stream(DemocracyDocument.Purpose.values())
                            .map(p -> new PurposeOption(p.name(), p.label())).toList(),
                    documents.maxBytes());
        });
    }

    /** The report a number names: 1 the yearly report, then each correction report. */
    static String reportName(int reportNo) {
        return reportNo <= 1 ? "年度报送" : "第" + (reportNo - 1) + "次整改报告";
    }

    List<CaseSearch.Section> sections(DemocracyQueries.Detail d) {
        DemocracyCheck c = d.check();
        List<CaseSearch.Section> sections = new ArrayList<>();
        sections.add(new CaseSearch.Section("检查", List.of(Field.of("被检查企业", c.enterpriseName()),
                Field.of("统一社会信用代码", c.creditCode()), Field.of("检查年度", c.year() + "年"),
                Field.of("所在县（市、区）", districts.of(c.districtCode()).name()),
                Field.of("企业性质", c.stateOwned() ? "国有企业" : "非公企业"), Field.of("状态", c.status().label()),
                Field.of("发起", c.startedBy() == null ? "年度检查" : "检查员发起"),
                Field.of("报送期限", c.submissionDue()), Field.of("已催报", c.remindedOn()),
                Field.of("最后报送期限", c.remindedOn() == null ? null : c.finalDue()),
                Field.of("未按期报送", c.submissionMissed() ? true : null), Field.of("报送日期", c.submittedOn()),
                Field.of("检查结论", c.compliant() == null ? null : c.compliant() ? "合格" : "不合格"),
                Field.of("认定日期", c.decidedOn()), Field.of("说明", c.reviewNote()),
                Field.of("整改期限", c.rectificationDue()), Field.of("整改合格日期", c.correctedOn()),
                Field.of("移送劳动法律监督案件", c.supervisionCaseNo()))));
        for (Report r : d.reports()) {
            sections.add(new CaseSearch.Section(reportName(r.number()), reportFields(r)));
        }
        List<Field> findings = d.findings().stream().map(n -> Field.of(
                n.reportNo() <= 1 ? "年度检查" : "整改复查" + (n.reportNo() - 1), n.finding().line()
                        + "（" + n.finding().source().label() + "）")).toList();
        sections.add(new CaseSearch.Section("发现的问题", findings.isEmpty()
                ? List.of(Field.of("结果", d.reports().isEmpty() ? "尚未报送" : "未发现问题"))
                : findings));
        if (!d.documents().isEmpty()) {
            sections.add(new CaseSearch.Section("报送材料", d.documents().stream()
                    .map(doc -> Field.of(reportName(doc.reportNo()), doc.purpose().label() + "：" + doc.fileName()))
                    .toList()));
        }
        return sections;
    }

    private static List<Field> reportFields(Report r) {
        return List.of(Field.of("报送时间", r.submittedAt().atZoneSameInstant(Zones.KUNMING).toLocalDate()), Field.of("民主管理形式", r.form().label()),
                Field.of("职工", r.staff() + "人（女职工" + r.womenStaff() + "人，劳务派遣" + r.dispatchedStaff() + "人）"),
                Field.of("职工代表", r.form() != Report.Form.CONGRESS ? null : r.representatives() + "人（中层以上管理人员"
                        + r.managers() + "人，一线职工" + r.frontline() + "人，女职工" + r.womenRepresentatives()
                        + "人，劳务派遣" + r.dispatchedRepresentatives() + "人）"),
                Field.of("本届", r.termStartsOn() == null ? null : chineseDate(r.termStartsOn()) + "起，任期" + r.termYears() + "年"),
                Field.of("全体会议", r.sessions().isEmpty() ? "本年度未召开" : r.sessions().stream()
                        .map(s -> chineseDate(s.heldOn()) + "，出席" + s.attendance() + "人，决议最少赞成" + s.fewestInFavour()
                                + "票：" + s.agenda()).collect(Collectors.joining("；"))),
                Field.of("规章制度和重大事项", r.rulesNote() + (r.rulesPublished() ? "（已公示或告知）" : "（未公示或告知）")),
                Field.of("厂务公开事项", r.opennessItems().isEmpty() ? "未公开" : r.opennessItems().stream()
                        .map(Openness.Item::label).collect(Collectors.joining("、"))),
                Field.of("公开方式", r.opennessChannels().stream().map(Openness.Channel::label).collect(Collectors.joining("、"))),
                Field.of("组织形式", r.companyKind().label()),
                Field.of("职工董事", r.companyKind() == Report.CompanyKind.NONE ? null : r.employeeDirector() ? "有" : "无"),
                Field.of("监督机构", r.companyKind() == Report.CompanyKind.NONE ? null : r.oversight().label()
                        + (r.oversight() == Report.Oversight.SUPERVISORY_BOARD ? "（监事" + r.supervisors() + "人，其中职工代表"
                                + r.employeeSupervisors() + "人）" : "")),
                Field.of("整改措施", r.correctionNote()));
    }
}
