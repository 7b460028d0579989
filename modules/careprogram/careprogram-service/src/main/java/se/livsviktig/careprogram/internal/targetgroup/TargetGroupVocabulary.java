package se.livsviktig.careprogram.internal.targetgroup;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.model.AssetVocabularyConstants;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.CareProgramTargetGroupException;

/**
 * A site's "Målgrupp" vocabulary, whose categories are the programmes' target groups: editors add and name the
 * groups in the portal's Categories app. The app creates the vocabulary once per site and finds it again by its
 * external reference code, which editors cannot rename away.
 *
 * @author Livsviktig
 */
public class TargetGroupVocabulary {

	public TargetGroupVocabulary(
		AssetVocabularyLocalService assetVocabularyLocalService,
		AssetCategoryLocalService assetCategoryLocalService) {

		_assetVocabularyLocalService = assetVocabularyLocalService;
		_assetCategoryLocalService = assetCategoryLocalService;
	}

	/**
	 * @return the site's vocabulary, created on the first call (sv "Målgrupp", en "Target group")
	 */
	public AssetVocabulary getOrCreate(long userId, long groupId)
		throws PortalException {

		AssetVocabulary assetVocabulary = fetch(groupId);

		if (assetVocabulary != null) {
			return assetVocabulary;
		}

		Map<Locale, String> titleMap = new HashMap<>();

		titleMap.put(_SWEDISH, CareProgramConstants.TARGET_GROUP_VOCABULARY_NAME);
		titleMap.put(Locale.US, "Target group");
		titleMap.put(Locale.UK, "Target group");

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setAddGroupPermissions(true);
		serviceContext.setAddGuestPermissions(true);

		return _assetVocabularyLocalService.addVocabulary(
			CareProgramConstants.TARGET_GROUP_VOCABULARY_ERC, userId, groupId,
			CareProgramConstants.TARGET_GROUP_VOCABULARY_NAME,
			CareProgramConstants.TARGET_GROUP_VOCABULARY_NAME, titleMap, null,
			null, AssetVocabularyConstants.VISIBILITY_TYPE_PUBLIC,
			serviceContext);
	}

	public AssetVocabulary fetch(long groupId) {
		return _assetVocabularyLocalService.
			fetchAssetVocabularyByExternalReferenceCode(
				CareProgramConstants.TARGET_GROUP_VOCABULARY_ERC, groupId);
	}

	/**
	 * @return the category ids without duplicates, each a category of the site's "Målgrupp" vocabulary
	 * @throws CareProgramTargetGroupException for a category of another vocabulary or site, or an unknown one
	 */
	public Set<Long> validate(long groupId, long[] assetCategoryIds)
		throws CareProgramTargetGroupException {

		Set<Long> validated = new LinkedHashSet<>();

		if ((assetCategoryIds == null) || (assetCategoryIds.length == 0)) {
			return validated;
		}

		AssetVocabulary assetVocabulary = fetch(groupId);

		for (long assetCategoryId : assetCategoryIds) {
			AssetCategory assetCategory =
				_assetCategoryLocalService.fetchAssetCategory(assetCategoryId);

			if ((assetVocabulary == null) || (assetCategory == null) ||
				(assetCategory.getVocabularyId() !=
					assetVocabulary.getVocabularyId())) {

				throw new CareProgramTargetGroupException(
					"Not a category of the site's target group vocabulary: " +
						assetCategoryId);
			}

			validated.add(assetCategoryId);
		}

		return validated;
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final AssetCategoryLocalService _assetCategoryLocalService;
	private final AssetVocabularyLocalService _assetVocabularyLocalService;

}
