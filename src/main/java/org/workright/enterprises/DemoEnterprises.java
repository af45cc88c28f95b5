package org.workright.enterprises;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workright.enterprises.Enterprise.UnionStatus;

/** Demo enterprises across districts and ownership, and the two demo representatives' employers. */
@Component
@Order(25)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoEnterprises implements ApplicationRunner {

    static final String MACHINERY = "91530111MA6K7XQ34D";
    static final String CONSTRUCTION = "91530103MA6N2R8L6U";

    private final EnterpriseRegister register;

    DemoEnterprises(EnterpriseRegister register) {
        this.register = register;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add(new Enterprise(MACHINERY, "昆明示例机械制造有限公司", "昆明市官渡区示例路1号", "周建国", "官渡区", "制造业",
                false, 320, UnionStatus.ESTABLISHED));
        add(new Enterprise(CONSTRUCTION, "昆明示例建筑劳务有限公司", "昆明市盘龙区示例路8号", "吴海", "盘龙区", "建筑业",
                false, 150, UnionStatus.ESTABLISHED));
        add(new Enterprise("91530102216530182R", "昆明示例城市服务集团有限公司", "昆明市五华区示例大道18号", "李明",
                "五华区", "环境卫生", true, 1200, UnionStatus.ESTABLISHED));
        add(new Enterprise("91530126MA6P3C9D3P", "石林示例旅游开发有限公司", "石林彝族自治县示例街6号", "普文", "石林彝族自治县",
                "旅游业", false, 80, UnionStatus.NONE));
        // employers of the demo contracts and checks
        add(new Enterprise("91530102MA6W1H2K55", "昆明示例环境卫生服务有限公司", "昆明市五华区示例路20号", "杨帆", "五华区", "环境卫生",
                false, 420, UnionStatus.ESTABLISHED));
        add(new Enterprise("91530102MA6W3J4L2Y", "昆明示例保洁服务有限公司", "昆明市五华区示例路21号", "何静", "五华区", "环境卫生",
                false, 180, UnionStatus.ESTABLISHED));
        add(new Enterprise("91530112MA6X5K6M8N", "昆明示例电子科技有限公司", "昆明市西山区示例路5号", "罗斌", "西山区", "制造业",
                false, 260, UnionStatus.ESTABLISHED));
        register.addRepresentative("enterpriseA", MACHINERY);
        register.addRepresentative("enterpriseB", CONSTRUCTION);
    }

    private void add(Enterprise enterprise) {
        if (register.find(enterprise.creditCode()).isEmpty()) {
            register.register(enterprise);
        }
    }
}
