package se.livsviktig.instructor.internal.network;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.NetworkDescriptionException;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Each field of a network refused with its own exception: empty, too long, another company's site or method, a
 * deleted or archived method.
 *
 * @author Livsviktig
 */
public class NetworkValidatorTest {

	@BeforeEach
	public void setUp() {
		_group(_GROUP_ID, _COMPANY_ID);
		_group(_OTHER_COMPANY_GROUP_ID, _OTHER_COMPANY_ID);
		_method(_MHFA, _COMPANY_ID, WorkflowConstants.STATUS_APPROVED);
		_method(_YAM, _COMPANY_ID, WorkflowConstants.STATUS_APPROVED);
		_method(_ARCHIVED, _COMPANY_ID, WorkflowConstants.STATUS_EXPIRED);
		_method(
			_OTHER_COMPANY_METHOD, _OTHER_COMPANY_ID,
			WorkflowConstants.STATUS_APPROVED);
	}

	@Test
	public void aDeletedOrArchivedMethodIsRefused() {
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> _validate(_GROUP_ID, "MHFA Vuxen", "", _MHFA, _DELETED));
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> _validate(_GROUP_ID, "MHFA Vuxen", "", _ARCHIVED));
	}

	@Test
	public void aDescriptionMayBeEmptyButNotTooLong() throws Exception {
		_validate(_GROUP_ID, "MHFA Vuxen", null, _MHFA);
		_validate(_GROUP_ID, "MHFA Vuxen", "", _MHFA);
		_validate(
			_GROUP_ID, "MHFA Vuxen",
			"x".repeat(NetworkConstants.DESCRIPTION_MAX_LENGTH), _MHFA);

		assertThrows(
			NetworkDescriptionException.class,
			() -> _validate(
				_GROUP_ID, "MHFA Vuxen",
				"x".repeat(NetworkConstants.DESCRIPTION_MAX_LENGTH + 1),
				_MHFA));
	}

	@Test
	public void aMethodOfAnotherCompanyIsRefused() {
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> _validate(
				_GROUP_ID, "MHFA Vuxen", "", _MHFA, _OTHER_COMPANY_METHOD));
	}

	@Test
	public void aNameIsRequiredAndFits() throws Exception {
		for (String name : new String[] {null, "", "   "}) {
			assertThrows(
				NetworkNameException.class,
				() -> _validate(_GROUP_ID, name, "", _MHFA));
		}

		assertThrows(
			NetworkNameException.class,
			() -> _validate(
				_GROUP_ID, "x".repeat(NetworkConstants.NAME_MAX_LENGTH + 1),
				"", _MHFA));

		_validate(
			_GROUP_ID, "x".repeat(NetworkConstants.NAME_MAX_LENGTH), "",
			_MHFA);
	}

	@Test
	public void aNetworkCoversAtLeastOneMethod() {
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> _validate(_GROUP_ID, "MHFA Vuxen", ""));
		assertThrows(
			NetworkTrainingMethodException.class,
			() -> new NetworkValidator(
				_groupLocalService, _trainingMethodLocalService
			).validate(
				_COMPANY_ID, _GROUP_ID, "MHFA Vuxen", "", null
			));
	}

	@Test
	public void aSiteOfAnotherCompanyOrNoSiteIsRefused() {
		assertThrows(
			NetworkGroupException.class,
			() -> _validate(_OTHER_COMPANY_GROUP_ID, "MHFA Vuxen", "", _MHFA));
		assertThrows(
			NetworkGroupException.class,
			() -> _validate(_DELETED, "MHFA Vuxen", "", _MHFA));
	}

	@Test
	public void aValidNetworkPasses() throws Exception {
		_validate(_GROUP_ID, "MHFA-nätverket", "Samverkansträffar", _MHFA, _YAM);
	}

	private void _group(long groupId, long companyId) {
		Group group = mock(Group.class);

		when(
			group.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			_groupLocalService.fetchGroup(groupId)
		).thenReturn(
			group
		);
	}

	private void _method(long trainingMethodId, long companyId, int status) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			status
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId)
		).thenReturn(
			trainingMethod
		);
	}

	private void _validate(
			long groupId, String name, String description,
			long... trainingMethodIds)
		throws Exception {

		new NetworkValidator(
			_groupLocalService, _trainingMethodLocalService
		).validate(
			_COMPANY_ID, groupId, name, description, trainingMethodIds
		);
	}

	private static final long _ARCHIVED = 503;

	private static final long _COMPANY_ID = 20097;

	private static final long _DELETED = 999;

	private static final long _GROUP_ID = 20121;

	private static final long _MHFA = 501;

	private static final long _OTHER_COMPANY_GROUP_ID = 30121;

	private static final long _OTHER_COMPANY_ID = 30097;

	private static final long _OTHER_COMPANY_METHOD = 601;

	private static final long _YAM = 502;

	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
