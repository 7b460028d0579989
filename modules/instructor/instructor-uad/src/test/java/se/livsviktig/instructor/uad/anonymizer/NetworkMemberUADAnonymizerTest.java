package se.livsviktig.instructor.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.uad.NetworkMemberRow;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising a member deletes their membership, coordinator or not, so the anonymous user never joins a network;
 * anonymising the coordinator who added someone replaces exactly their id and name, and the membership stays.
 *
 * @author Livsviktig
 */
public class NetworkMemberUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "networkMemberLocalService",
			_networkMemberLocalService);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_anonymousUser.getFullName()
		).thenReturn(
			_ANONYMOUS_FULL_NAME
		);
	}

	@Test
	public void anonymisingTheMemberDeletesTheMembership() throws Exception {
		_anonymizer.autoAnonymize(
			_row.networkMember(), NetworkMemberRow.MEMBER_USER_ID,
			_anonymousUser);

		verify(
			_networkMemberLocalService
		).deleteNetworkMember(
			_row.networkMember()
		);
		verify(
			_networkMemberLocalService, never()
		).updateNetworkMember(
			any(NetworkMember.class)
		);
		assertEquals(Set.of(), _row.changedColumns());
	}

	@Test
	public void anonymisingACoordinatorWhoAddedThemselvesDeletesTheMembership()
		throws Exception {

		_row.with("userId", NetworkMemberRow.MEMBER_USER_ID);

		_anonymizer.autoAnonymize(
			_row.networkMember(), NetworkMemberRow.MEMBER_USER_ID,
			_anonymousUser);

		verify(
			_networkMemberLocalService
		).deleteNetworkMember(
			_row.networkMember()
		);
	}

	@Test
	public void anonymisingTheCoordinatorWhoAddedItChangesOnlyTheirIdAndName()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.networkMember(), NetworkMemberRow.ADDED_BY_USER_ID,
			_anonymousUser);

		assertAll(
			() -> assertEquals(
				Set.of("userId", "userName"), _row.changedColumns()),
			() -> assertEquals(_ANONYMOUS_USER_ID, _row.value("userId")),
			() -> assertEquals(
				_ANONYMOUS_FULL_NAME, _row.value("userName")));

		verify(
			_networkMemberLocalService
		).updateNetworkMember(
			_row.networkMember()
		);
		verify(
			_networkMemberLocalService, never()
		).deleteNetworkMember(
			any(NetworkMember.class)
		);
	}

	@Test
	public void anonymisingSomeoneElseChangesNothing() throws Exception {
		_anonymizer.autoAnonymize(
			_row.networkMember(), _OTHER_USER_ID, _anonymousUser);

		assertEquals(Set.of(), _row.changedColumns());
		verify(
			_networkMemberLocalService, never()
		).deleteNetworkMember(
			any(NetworkMember.class)
		);
	}

	private static final String _ANONYMOUS_FULL_NAME = "Anonymous Anonymous";

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _OTHER_USER_ID = 30999;

	private final NetworkMemberUADAnonymizer _anonymizer =
		new NetworkMemberUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final NetworkMemberLocalService _networkMemberLocalService = mock(
		NetworkMemberLocalService.class);
	private final NetworkMemberRow _row = new NetworkMemberRow();

}
