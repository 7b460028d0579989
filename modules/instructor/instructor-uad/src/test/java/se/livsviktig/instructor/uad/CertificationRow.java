package se.livsviktig.instructor.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * A certification row as plain values behind the model's getters and setters (see {@link ModelRow}).
 *
 * @author Livsviktig
 */
public final class CertificationRow extends ModelRow<Certification> {

	public static final long CERTIFICATION_ID = 41001;

	public static final long COORDINATOR_USER_ID = 30001;

	public static final long HOLDER_USER_ID = 30002;

	public static final long REVOKER_USER_ID = 30003;

	public static final long TRAINING_METHOD_ID = 52001;

	/**
	 * A revoked MHFA certification: entered by one coordinator, revoked by another, with every column set to a
	 * value of its own.
	 */
	public CertificationRow() {
		super(Certification.class, "certificationId", _values());
	}

	public Certification certification() {
		return model();
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("certificationId", CERTIFICATION_ID);
		values.put("uuid", "6b1f0c3e-uuid");
		values.put("groupId", 20121L);
		values.put("companyId", 20097L);
		values.put("userId", COORDINATOR_USER_ID);
		values.put("userName", "Cecilia Coordinator");
		values.put("createDate", new Date(1_700_000_000_000L));
		values.put("modifiedDate", new Date(1_750_000_000_000L));
		values.put("holderUserId", HOLDER_USER_ID);
		values.put("trainingMethodId", TRAINING_METHOD_ID);
		values.put("certifiedDate", new Date(1_700_006_400_000L));
		values.put("validUntil", new Date(1_800_000_000_000L));
		values.put("issuer", "MHFA Sverige");
		values.put("number", "MHFA-2023-117");
		values.put("renewedCertificationId", 40999L);
		values.put("state", CertificationConstants.STATE_REVOKED);
		values.put("stateByUserId", REVOKER_USER_ID);
		values.put("stateByUserName", "Rolf Revoker");
		values.put("stateDate", new Date(1_750_000_000_000L));
		values.put("stateReason", "Did not attend the upkeep day");
		values.put("mvccVersion", 3L);

		return values;
	}

}
