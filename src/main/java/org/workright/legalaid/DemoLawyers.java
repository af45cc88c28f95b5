package org.workright.legalaid;

import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo lawyers' roster entries: different practice areas, and one declared conflict of interest. */
@Component
@Order(30)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoLawyers implements ApplicationRunner {

    private final LawyerRepository lawyers;

    DemoLawyers(LawyerRepository lawyers) {
        this.lawyers = lawyers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lawyers.save("lawyer1", "张伟", "云南春城律师事务所", "0871-63100001",
                EnumSet.of(ClaimType.WAGE_ARREARS, ClaimType.WORK_INJURY), 10);
        lawyers.save("lawyer2", "陈静", "云南滇池律师事务所", "0871-63100002",
                EnumSet.of(ClaimType.CONTRACT_TERMINATION, ClaimType.SOCIAL_INSURANCE, ClaimType.WAGE_ARREARS), 10);
        lawyers.save("lawyer3", "刘洋", "昆明盘龙律师事务所", "0871-63100003",
                EnumSet.of(ClaimType.WAGE_ARREARS, ClaimType.CONTRACT_TERMINATION, ClaimType.OTHER_LABOUR,
                        ClaimType.UNION_WORK_RETALIATION, ClaimType.UNION_ORGANISATION_RIGHTS, ClaimType.DEMOCRATIC_RIGHTS), 8);
        lawyers.save("lawyer4", "杨磊", "昆明五华律师事务所", "0871-63100004",
                EnumSet.of(ClaimType.WORK_INJURY, ClaimType.SOCIAL_INSURANCE, ClaimType.OTHER_LABOUR,
                        ClaimType.PERSONAL_RIGHTS, ClaimType.PROPERTY_RIGHTS), 8);
        lawyers.addConflict("lawyer1", "昆明示例机械制造有限公司", "91530111MA6K7XQ34D",
                "担任该公司常年法律顾问");
    }
}
