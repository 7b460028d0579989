package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.platform.test.support.Fields;

/**
 * What the network views' tests share: two networks of the site, their members (people with organisations), and
 * the services and permissions a network render command is handed, as the OSGi runtime would.
 *
 * @author Livsviktig
 */
final class AdminNetworkViews {

	public static final long MHFA_NETWORK_ID = 7001;

	public static final long YAM_NETWORK_ID = 7002;

	public static NetworkMember member(
		long networkMemberId, long memberUserId, boolean coordinator) {

		NetworkMember networkMember = mock(NetworkMember.class);

		when(
			networkMember.getNetworkMemberId()
		).thenReturn(
			networkMemberId
		);
		when(
			networkMember.getMemberUserId()
		).thenReturn(
			memberUserId
		);
		when(
			networkMember.isCoordinator()
		).thenReturn(
			coordinator
		);

		return networkMember;
	}

	/**
	 * @return the MHFA network's three members: Anna Svensson coordinates
	 */
	public static List<NetworkMember> mhfaMembers() {
		return List.of(
			member(9101, 301, true), member(9102, 302, false),
			member(9103, 303, false));
	}

	public static InstructorNetwork network(
		long instructorNetworkId, String name, long... trainingMethodIds) {

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			instructorNetwork.getName()
		).thenReturn(
			name
		);
		when(
			instructorNetwork.getDescription()
		).thenReturn(
			"Samverkansträffar ca 4 gånger per år"
		);
		when(
			instructorNetwork.getTrainingMethodIdsArray()
		).thenReturn(
			trainingMethodIds
		);

		return instructorNetwork;
	}

	public static InstructorNetwork mhfaNetwork() {
		return network(
			MHFA_NETWORK_ID, "MHFA-nätverket <Norr>", InstructorViews.MHFA_ID);
	}

	@SuppressWarnings("unchecked")
	public static ModelResourcePermission<InstructorNetwork> permission(
			boolean update, boolean delete)
		throws Exception {

		ModelResourcePermission<InstructorNetwork> modelResourcePermission =
			mock(ModelResourcePermission.class);

		when(
			modelResourcePermission.contains(
				any(), any(InstructorNetwork.class), eq("UPDATE"))
		).thenReturn(
			update
		);
		when(
			modelResourcePermission.contains(
				any(), any(InstructorNetwork.class), eq("DELETE"))
		).thenReturn(
			delete
		);

		return modelResourcePermission;
	}

	public static PortletResourcePermission portletResourcePermission(
			boolean addNetwork)
		throws Exception {

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(any(), anyLong(), anyString())
		).thenReturn(
			addNetwork
		);

		return portletResourcePermission;
	}

	/**
	 * Hands a network render command its services, permissions and the people, as the OSGi runtime would.
	 */
	public static <T> T inject(
		T renderCommand, InstructorNetworkService instructorNetworkService,
		NetworkMemberService networkMemberService,
		ModelResourcePermission<InstructorNetwork> modelResourcePermission)
		throws Exception {

		Fields.set(
			renderCommand, "instructorNetworkService",
			instructorNetworkService);
		Fields.set(
			renderCommand, "networkMemberService", networkMemberService);
		Fields.set(
			renderCommand, "instructorNetworkModelResourcePermission",
			modelResourcePermission);
		Fields.set(
			renderCommand, "trainingMethodLocalService",
			InstructorViews.trainingMethodLocalService());
		Fields.set(renderCommand, "userLocalService", userLocalService());

		return renderCommand;
	}

	/**
	 * People named after their id, except Anna Svensson (301, of Socialförvaltningen) and Bo Ek (302); the
	 * search for "sven" finds Anna and Sven Berg (304).
	 */
	public static UserLocalService userLocalService() throws Exception {
		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(anyLong())
		).thenAnswer(
			invocation -> _user(invocation.getArgument(0))
		);

		// Made first: Mockito cannot stub one mock while it stubs another.

		List<User> found = List.of(_user(301), _user(304));

		when(
			userLocalService.search(
				anyLong(), eq("sven"),
				anyInt(), any(),
				anyInt(),
				anyInt(),
				nullable(OrderByComparator.class))
		).thenReturn(
			found
		);

		return userLocalService;
	}

	private static User _user(long userId) throws Exception {
		User user = mock(User.class);

		String name = "Instruktör " + userId;

		if (userId == 301) {
			name = "Anna Svensson";
		}
		else if (userId == 302) {
			name = "Bo Ek";
		}
		else if (userId == 304) {
			name = "Sven Berg";
		}

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getFullName()
		).thenReturn(
			name
		);
		when(
			user.getEmailAddress()
		).thenReturn(
			"person" + userId + "@example.se"
		);

		if (userId == 301) {
			Organization organization = mock(Organization.class);

			when(
				organization.getName()
			).thenReturn(
				"Socialförvaltningen"
			);
			when(
				user.getOrganizations()
			).thenReturn(
				List.of(organization)
			);
		}

		return user;
	}

}
