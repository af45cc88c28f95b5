package org.workright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** WorkRight 职工维权工作流: case handling for a city trade-union federation. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkRightApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkRightApplication.class, args);
    }
}
