package se.livsviktig.instructor.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * A coordinator's membership of the MHFA network, added by another coordinator (see {@link ModelRow}).
 *
 * @author Livsviktig
 */
public final class NetworkMemberRow extends ModelRow<NetworkMember> {

	public static final long ADDED_BY_USER_ID = 30011;

	public static final long INSTRUCTOR_NETWORK_ID = 43001;

	public static final long MEMBER_USER_ID = 30012;

	public static final long NETWORK_MEMBER_ID = 44001;

	public NetworkMemberRow() {
		super(NetworkMember.class, "networkMemberId", _values());
	}

	public NetworkMember networkMember() {
		return model();
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("networkMemberId", NETWORK_MEMBER_ID);
		values.put("uuid", "9d2e-uuid");
		values.put("groupId", 20121L);
		values.put("companyId", 20097L);
		values.put("userId", ADDED_BY_USER_ID);
		values.put("userName", "Cecilia Coordinator");
		values.put("createDate", new Date(1_700_000_000_000L));
		values.put("modifiedDate", new Date(1_750_000_000_000L));
		values.put("instructorNetworkId", INSTRUCTOR_NETWORK_ID);
		values.put("memberUserId", MEMBER_USER_ID);
		values.put("role", NetworkConstants.ROLE_COORDINATOR);
		values.put("mvccVersion", 2L);

		return values;
	}

}
