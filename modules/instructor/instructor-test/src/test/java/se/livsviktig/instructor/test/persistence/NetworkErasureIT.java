package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.petra.executor.PortalExecutorManager;
import com.liferay.portal.dao.orm.hibernate.DynamicQueryFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.OrderFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.ProjectionFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.PropertyFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.RestrictionsFactoryImpl;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.sanitizer.Sanitizer;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;
import com.liferay.user.associated.data.exporter.UADExporter;


import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.instructor.uad.anonymizer.CertificationUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.InstructorNetworkUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.InstructorNoticeUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.MeetingNoticeUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.MeetingParticipantUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.NetworkMeetingUADAnonymizer;
import se.livsviktig.instructor.uad.anonymizer.NetworkMemberUADAnonymizer;
import se.livsviktig.instructor.uad.exporter.InstructorNoticeUADExporter;
import se.livsviktig.instructor.uad.exporter.MeetingNoticeUADExporter;
import se.livsviktig.instructor.uad.exporter.MeetingParticipantUADExporter;
import se.livsviktig.instructor.uad.exporter.NetworkMemberUADExporter;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.UserColumns;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Erasing a person of a network on the persistence tier: every instructor UAD anonymiser, built with {@code new} and
 * handed the bundle's local services as its {@code @Reference}s would be, runs its "anonymise all" over the rows
 * its dynamic query finds on PostgreSQL; afterwards no column of any instructor table that holds a user's id or
 * name still names the person, and what is the others' (their memberships, answers, the attendance a coordinator
 * marked) stays. The erasure runs in one transaction, as the generated actionable dynamic query reads through the
 * local service's implementation, which this tier only lets read inside one.
 *
 * @author Livsviktig
 */
class NetworkErasureIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	/**
	 * The portal's own dynamic query and order factories (from the API jar), which the UAD framework's queries and
	 * the actionable dynamic query's paging use; an executor manager, which that query asks for even when it runs
	 * its pages one after the other, as here; an indexer registry without instructor indexers, for the generated
	 * methods' @Indexable advice; and a sanitizer that keeps the agenda as it is.
	 */
	@BeforeAll
	static void setUpPortalServices() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
		SystemBundleUtil.getBundleContext(
		).registerService(
			PortalExecutorManager.class, mock(PortalExecutorManager.class), null
		);
		SystemBundleUtil.getBundleContext(
		).registerService(
			Sanitizer.class,
			(companyId, groupId, userId, className, classPK, contentType,
			 modes, content, options) -> content,
			null
		);

		new DynamicQueryFactoryUtil().setDynamicQueryFactory(
			new DynamicQueryFactoryImpl());
		new OrderFactoryUtil().setOrderFactory(new OrderFactoryImpl());
		new ProjectionFactoryUtil().setProjectionFactory(
			new ProjectionFactoryImpl());
		new PropertyFactoryUtil().setPropertyFactory(new PropertyFactoryImpl());
		new RestrictionsFactoryUtil().setRestrictionsFactory(
			new RestrictionsFactoryImpl());
	}

	@BeforeEach
	void setUp() throws Exception {
		for (long userId :
				new long[] {
					_ANNA_USER_ID, _BERTIL_USER_ID, _COLLEAGUE_USER_ID,
					_COORDINATOR_USER_ID
				}) {

			_user(userId);
		}

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			harness.portalService(
				GroupLocalService.class
			).fetchGroup(
				anyLong()
			)
		).thenReturn(
			group
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			WorkflowConstants.STATUS_APPROVED
		);
		when(
			harness.portalService(
				TrainingMethodLocalService.class
			).fetchTrainingMethod(
				_MHFA
			)
		).thenReturn(
			trainingMethod
		);

		_runNetwork();
	}

	@Test
	void erasingAMemberLeavesNoRowThatNamesThemAndKeepsTheOthers()
		throws Exception {

		assertAll(
			() -> assertEquals(
				1, _wired(new NetworkMemberUADExporter()).count(_ANNA_USER_ID),
				"the membership"),
			() -> assertEquals(
				2,
				_wired(
					new MeetingParticipantUADExporter()
				).count(
					_ANNA_USER_ID
				),
				"both invitations"),
			() -> assertEquals(
				1,
				_wired(
					new InstructorNoticeUADExporter()
				).count(
					_ANNA_USER_ID
				),
				"the notice sent to her"),
			() -> assertEquals(
				2,
				_wired(
					new MeetingNoticeUADExporter()
				).count(
					_ANNA_USER_ID
				),
				"the invitations sent to her"));

		_erase(_ANNA_USER_ID);

		assertAll(
			() -> assertEquals(List.of(), _columnsNaming(_ANNA_USER_ID)),
			() -> assertEquals(
				3,
				(int)_rows.read(
					() -> harness.get(
						NetworkMemberPersistence.class
					).countByInstructorNetworkId(
						_instructorNetwork.getInstructorNetworkId()
					)),
				"the coordinator, Bertil and the coordinator's colleague stay"),
			() -> assertEquals(
				MeetingParticipantConstants.ATTENDANCE_ABSENT,
				_invitation(_started, _BERTIL_USER_ID).getAttendance(),
				"Bertil's attendance stays"),
			() -> assertEquals(
				1, _wired(new InstructorNoticeUADExporter()).count(
					_BERTIL_USER_ID),
				"Bertil's notice stays"),
			() -> assertEquals(
				2, _wired(new MeetingNoticeUADExporter()).count(
					_BERTIL_USER_ID),
				"the invitations sent to Bertil stay"));
	}

	@Test
	void erasingACoordinatorKeepsTheNetworkAndTheAttendanceTheyMarked()
		throws Exception {

		_erase(_COORDINATOR_USER_ID);

		assertAll(
			() -> assertEquals(List.of(), _columnsNaming(_COORDINATOR_USER_ID)),
			() -> assertEquals(
				_ANONYMOUS_USER_ID,
				_rows.read(
					() -> harness.get(
						InstructorNetworkPersistence.class
					).findByPrimaryKey(
						_instructorNetwork.getInstructorNetworkId()
					).getUserId()),
				"the network stays, created by the anonymous user"),
			() -> assertEquals(
				MeetingParticipantConstants.ATTENDANCE_PRESENT,
				_invitation(_started, _ANNA_USER_ID).getAttendance(),
				"Anna's attendance stays"),
			() -> assertEquals(
				_ANONYMOUS_USER_ID,
				_invitation(
					_started, _ANNA_USER_ID
				).getAttendanceByUserId(),
				"marked by the anonymous user"),
			() -> assertEquals(
				MeetingParticipantConstants.ANSWER_COMING,
				_invitation(_upcoming, _ANNA_USER_ID).getAnswer(),
				"Anna's answer stays"));
	}

	private static Date _hoursFromNow(int hours) {
		return new Date(System.currentTimeMillis() + (hours * 3_600_000L));
	}

	/**
	 * @return each column of an instructor table that holds a user's id or name and still names the person, as
	 *         {@code table.column}
	 */
	private List<String> _columnsNaming(long userId) throws Exception {
		UserColumns userColumns = UserColumns.of(
			harness.pooledDataSource(), "lvinstructor_%");

		List<String> tableNames = userColumns.tableNames();

		assertTrue(
			tableNames.containsAll(
				List.of(
					"lvinstructor_certification",
					"lvinstructor_instructornetwork",
					"lvinstructor_instructornotice",
					"lvinstructor_meetingnotice",
					"lvinstructor_meetinginvitee",
					"lvinstructor_networkmeeting",
					"lvinstructor_networkmember")),
			"every instructor table: " + tableNames);

		return userColumns.naming(userId, _fullName(userId));
	}

	/**
	 * Runs every anonymiser of the instructor app's personal data, as the portal's "anonymise all" does.
	 */
	private void _erase(long userId) throws Exception {
		List<UADAnonymizer<?>> uadAnonymizers = List.of(
			_wired(
				new MeetingParticipantUADAnonymizer(),
				"meetingParticipantLocalService",
				MeetingParticipantLocalService.class),
			_wired(
				new NetworkMemberUADAnonymizer(), "networkMemberLocalService",
				NetworkMemberLocalService.class),
			_wired(
				new NetworkMeetingUADAnonymizer(), "networkMeetingLocalService",
				NetworkMeetingLocalService.class),
			_wired(
				new InstructorNetworkUADAnonymizer(),
				"instructorNetworkLocalService",
				InstructorNetworkLocalService.class),
			_wired(
				new CertificationUADAnonymizer(), "certificationLocalService",
				CertificationLocalService.class),
			_noticeAnonymizer(), _meetingNoticeAnonymizer());

		harness.runInTransaction(
			() -> {
				for (UADAnonymizer<?> uadAnonymizer : uadAnonymizers) {
					uadAnonymizer.autoAnonymizeAll(userId, _anonymousUser);
				}
			});
	}

	private String _fullName(long userId) {
		return "Person " + userId;
	}

	private MeetingParticipant _invitation(
			NetworkMeeting networkMeeting, long userId)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				MeetingParticipantPersistence.class
			).findByNM_PU(
				networkMeeting.getNetworkMeetingId(), userId
			));
	}

	/**
	 * The network as a coordinator runs it: Anna and Bertil are members, the coordinator's colleague a second
	 * coordinator; Anna has said she is coming to the next meeting and was marked present at the one under way,
	 * Bertil absent; each has had a certification notice, and the invitation to each meeting (a meeting notice).
	 */
	private void _runNetwork() throws Exception {
		_instructorNetwork = harness.get(
			InstructorNetworkLocalService.class
		).addInstructorNetwork(
			_COORDINATOR_USER_ID, _GROUP_ID, "MHFA-nätverket",
			"Samverkansträffar", new long[] {_MHFA}, new ServiceContext()
		);

		long networkId = _instructorNetwork.getInstructorNetworkId();

		NetworkMemberLocalService networkMemberLocalService = harness.get(
			NetworkMemberLocalService.class);

		networkMemberLocalService.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _ANNA_USER_ID,
			NetworkConstants.ROLE_MEMBER, new ServiceContext());
		networkMemberLocalService.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _BERTIL_USER_ID,
			NetworkConstants.ROLE_MEMBER, new ServiceContext());
		networkMemberLocalService.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _COLLEAGUE_USER_ID,
			NetworkConstants.ROLE_COORDINATOR, new ServiceContext());

		NetworkMeetingLocalService networkMeetingLocalService = harness.get(
			NetworkMeetingLocalService.class);

		_upcoming = networkMeetingLocalService.addNetworkMeeting(
			_COORDINATOR_USER_ID, networkId, "Vårträff", _hoursFromNow(24),
			_hoursFromNow(26), "Stadshuset", "", "<p>Dagordning</p>",
			new ServiceContext());
		_started = networkMeetingLocalService.addNetworkMeeting(
			_COORDINATOR_USER_ID, networkId, "Pågående träff",
			_hoursFromNow(-1), _hoursFromNow(1), "Rådhuset", "", "",
			new ServiceContext());

		MeetingParticipantLocalService meetingParticipantLocalService =
			harness.get(MeetingParticipantLocalService.class);

		meetingParticipantLocalService.answerNetworkMeeting(
			_ANNA_USER_ID, _upcoming.getNetworkMeetingId(),
			MeetingParticipantConstants.ANSWER_COMING);
		meetingParticipantLocalService.markNetworkMeetingAttendance(
			_COORDINATOR_USER_ID, _started.getNetworkMeetingId(),
			_ANNA_USER_ID, MeetingParticipantConstants.ATTENDANCE_PRESENT);
		meetingParticipantLocalService.markNetworkMeetingAttendance(
			_COORDINATOR_USER_ID, _started.getNetworkMeetingId(),
			_BERTIL_USER_ID, MeetingParticipantConstants.ATTENDANCE_ABSENT);

		for (long userId : new long[] {_ANNA_USER_ID, _BERTIL_USER_ID}) {
			_rows.instructorNotice(
				row -> {
					row.setGroupId(_GROUP_ID);
					row.setCompanyId(_COMPANY_ID);
					row.setUserId(userId);
					row.setCreateDate(new Date());
					row.setCertificationId(_rows.newId());
					row.setNoticeKind("expiry-30");
				});
		}
	}

	private UADAnonymizer<?> _meetingNoticeAnonymizer() {
		MeetingNoticeUADAnonymizer meetingNoticeUADAnonymizer =
			new MeetingNoticeUADAnonymizer();

		Fields.set(
			meetingNoticeUADAnonymizer, "_meetingNoticeLocalService",
			harness.get(MeetingNoticeLocalService.class));

		return meetingNoticeUADAnonymizer;
	}

	private UADAnonymizer<?> _noticeAnonymizer() {
		InstructorNoticeUADAnonymizer instructorNoticeUADAnonymizer =
			new InstructorNoticeUADAnonymizer();

		Fields.set(
			instructorNoticeUADAnonymizer, "_instructorNoticeLocalService",
			harness.get(InstructorNoticeLocalService.class));

		return instructorNoticeUADAnonymizer;
	}

	private void _user(long userId) throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn(_fullName(userId));
		when(user.isActive()).thenReturn(true);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(userId)).thenReturn(user);
		when(userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private <T extends UADAnonymizer<?>> T _wired(
		T uadAnonymizer, String fieldName, Class<?> localServiceClass) {

		Fields.set(
			uadAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));

		Fields.set(uadAnonymizer, fieldName, harness.get(localServiceClass));

		return uadAnonymizer;
	}

	private UADExporter<?> _wired(InstructorNoticeUADExporter exporter) {
		Fields.set(
			exporter, "_instructorNoticeLocalService",
			harness.get(InstructorNoticeLocalService.class));

		return exporter;
	}

	private UADExporter<?> _wired(MeetingNoticeUADExporter exporter) {
		Fields.set(
			exporter, "_meetingNoticeLocalService",
			harness.get(MeetingNoticeLocalService.class));

		return exporter;
	}

	private UADExporter<?> _wired(MeetingParticipantUADExporter exporter) {
		Fields.set(
			exporter, "meetingParticipantLocalService",
			harness.get(MeetingParticipantLocalService.class));

		return exporter;
	}

	private UADExporter<?> _wired(NetworkMemberUADExporter exporter) {
		Fields.set(
			exporter, "networkMemberLocalService",
			harness.get(NetworkMemberLocalService.class));

		return exporter;
	}

	private static final long _ANNA_USER_ID = 301;

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _BERTIL_USER_ID = 303;

	private static final long _COLLEAGUE_USER_ID = 305;

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _MHFA = 501;

	private final User _anonymousUser = mock(User.class);
	private InstructorNetwork _instructorNetwork;
	private final InstructorRows _rows = new InstructorRows(harness);
	private NetworkMeeting _started;
	private NetworkMeeting _upcoming;

}
