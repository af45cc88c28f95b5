package org.workright.people;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.workright.system.UserFacing;

/**
 * A text variable longer than the engine's column (4,000 characters on H2 and PostgreSQL) is
 * refused as the input it is, naming its field, before the engine sends an INSERT the database
 * rejects (a 500 that printed the statement).
 */
final class BoundedStringSerializer extends StringValueSerializer {

    static final int MAX_LENGTH = 4000;

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
        if (value.getValue() != null && value.getValue().length() > MAX_LENGTH) {
            throw UserFacing.badRequest(new BadUserRequestException(
                    "“" + fields.getName() + "”内容过长，最多" + MAX_LENGTH + "字"));
        }
        super.writeValue(value, fields);
    }
}
