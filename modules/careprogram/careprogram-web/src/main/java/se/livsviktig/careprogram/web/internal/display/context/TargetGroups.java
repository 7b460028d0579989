package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.util.List;

import se.livsviktig.careprogram.service.CareProgramLocalService;

/**
 * The site's target groups as the pages read them: the categories of its "Målgrupp" vocabulary, found, never
 * created. A page is a GET, and a GET writes nothing (a crawler or a prefetch would otherwise create
 * vocabularies); the vocabulary is created by the coordinator's POST (AddTargetGroupVocabularyMVCActionCommand).
 * Until then a site has no target groups.
 *
 * @author Livsviktig
 */
public class TargetGroups {

	public TargetGroups(
		CareProgramLocalService careProgramLocalService,
		AssetCategoryLocalService assetCategoryLocalService) {

		_careProgramLocalService = careProgramLocalService;
		_assetCategoryLocalService = assetCategoryLocalService;
	}

	/**
	 * @return the vocabulary's categories, none while the site has no vocabulary
	 */
	public List<AssetCategory> getCategories(long groupId) {
		AssetVocabulary assetVocabulary =
			_careProgramLocalService.fetchTargetGroupVocabulary(groupId);

		if (assetVocabulary == null) {
			return List.of();
		}

		return _assetCategoryLocalService.getVocabularyCategories(
			assetVocabulary.getVocabularyId(), QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	public boolean hasVocabulary(long groupId) {
		if (_careProgramLocalService.fetchTargetGroupVocabulary(groupId) ==
				null) {

			return false;
		}

		return true;
	}

	private final AssetCategoryLocalService _assetCategoryLocalService;
	private final CareProgramLocalService _careProgramLocalService;

}
