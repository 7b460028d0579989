package se.livsviktig.report.web.internal.export;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The company's training methods the reader may see, by id, with their names in the reader's language: what a
 * mapping row may name and what the export prints for it. Methods live in the company's group, as training keeps
 * them; archived ones are listed too, since last year's report may count them.
 *
 * @author Livsviktig
 */
public class TrainingMethodNames {

	public static Map<Long, String> of(
		TrainingMethodService trainingMethodService, long companyGroupId,
		Locale locale) {

		Map<Long, String> trainingMethodNames = new LinkedHashMap<>();

		for (TrainingMethod trainingMethod :
				trainingMethodService.searchTrainingMethods(
					companyGroupId, null, WorkflowConstants.STATUS_ANY,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			trainingMethodNames.put(
				trainingMethod.getTrainingMethodId(),
				trainingMethod.getName(locale));
		}

		return trainingMethodNames;
	}

	private TrainingMethodNames() {
	}

}
