package org.workright.enterprises;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One enterprise in the register. */
@Schema(description = "企业登记信息 Enterprise")
public record Enterprise(
        @Schema(description = "统一社会信用代码") @NotBlank(message = "请填写统一社会信用代码") @ValidCreditCode String creditCode,
        @Schema(description = "企业名称") @NotBlank(message = "请填写企业名称") @Size(max = 200) String name,
        @Schema(description = "住所") @NotBlank(message = "请填写住所") @Size(max = 300) String address,
        @Schema(description = "法定代表人") @NotBlank(message = "请填写法定代表人") @Size(max = 100) String legalRepresentative,
        @Schema(description = "所在县（市、区）") @NotBlank(message = "请填写所在县（市、区）") @Size(max = 100) String district,
        @Schema(description = "行业") @NotBlank(message = "请填写行业") @Size(max = 100) String industry,
        @Schema(description = "是否国有企业") @NotNull(message = "请说明是否国有企业") Boolean stateOwned,
        @Schema(description = "职工人数") @NotNull(message = "请填写职工人数") @PositiveOrZero Integer staffCount,
        @Schema(description = "工会组建情况") @NotNull(message = "请选择工会组建情况") UnionStatus unionStatus) {

    /** 工会组建情况 */
    public enum UnionStatus {
        ESTABLISHED("已建会"), PREPARING("筹建中"), NONE("未建会");

        private final String label;

        UnionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
