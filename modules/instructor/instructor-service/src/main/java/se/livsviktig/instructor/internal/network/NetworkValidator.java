package se.livsviktig.instructor.internal.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.NetworkDescriptionException;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The rules a network must meet before anything is written, each refused with its own exception so the page can
 * name the field: a site of the company, a name, a description that fits, and at least one method, each an
 * active training method of the company (training's API).
 *
 * @author Livsviktig
 */
public class NetworkValidator {

	public NetworkValidator(
		GroupLocalService groupLocalService,
		TrainingMethodLocalService trainingMethodLocalService) {

		_groupLocalService = groupLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
	}

	public void validate(
			long companyId, long groupId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException {

		_validateGroup(companyId, groupId);
		_validateFields(companyId, name, description, trainingMethodIds);
	}

	/**
	 * For an update: the site is the network's and does not change.
	 */
	public void validateFields(
			long companyId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException {

		_validateFields(companyId, name, description, trainingMethodIds);
	}

	private void _validateFields(
			long companyId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException {

		if (Texts.isBlank(name) ||
			(name.trim().length() > NetworkConstants.NAME_MAX_LENGTH)) {

			throw new NetworkNameException(
				"Give a name of at most " + NetworkConstants.NAME_MAX_LENGTH +
					" characters");
		}

		if ((description != null) &&
			(description.trim().length() >
				NetworkConstants.DESCRIPTION_MAX_LENGTH)) {

			throw new NetworkDescriptionException(
				"Give a description of at most " +
					NetworkConstants.DESCRIPTION_MAX_LENGTH + " characters");
		}

		_validateTrainingMethods(companyId, trainingMethodIds);
	}

	private void _validateGroup(long companyId, long groupId)
		throws PortalException {

		Group group = _groupLocalService.fetchGroup(groupId);

		if ((group == null) || (group.getCompanyId() != companyId)) {
			throw new NetworkGroupException(
				"Group " + groupId + " is not a group of company " +
					companyId);
		}
	}

	private void _validateTrainingMethods(
			long companyId, long[] trainingMethodIds)
		throws PortalException {

		if ((trainingMethodIds == null) || (trainingMethodIds.length == 0)) {
			throw new NetworkTrainingMethodException(
				"Give at least one training method");
		}

		if (TrainingMethodIds.toString(
				trainingMethodIds
			).length() > NetworkConstants.TRAINING_METHOD_IDS_MAX_LENGTH) {

			throw new NetworkTrainingMethodException(
				"Give fewer training methods");
		}

		for (long trainingMethodId : trainingMethodIds) {
			TrainingMethod trainingMethod =
				_trainingMethodLocalService.fetchTrainingMethod(
					trainingMethodId);

			if ((trainingMethod == null) ||
				(trainingMethod.getCompanyId() != companyId)) {

				throw new NetworkTrainingMethodException(
					"Training method " + trainingMethodId + " is not one of " +
						"company " + companyId);
			}

			if (trainingMethod.getStatus() !=
					WorkflowConstants.STATUS_APPROVED) {

				throw new NetworkTrainingMethodException(
					"Training method " + trainingMethodId + " is archived");
			}
		}
	}

	private final GroupLocalService _groupLocalService;
	private final TrainingMethodLocalService _trainingMethodLocalService;

}
