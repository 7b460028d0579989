/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.NetworkMember;

/**
 * Anonymises a network membership according to whose it is. The member's own membership is deleted: handed to the
 * anonymous user it would make that user a member (or a coordinator) whom the network's permission logic lets see
 * and run the network, whom every new meeting invites, and the unique (network, member) index would refuse the
 * second erased member of the same network. Erasure deletes it even when the person is the network's last
 * coordinator, which removing a member refuses: a person's right to erasure does not wait for a successor, and a
 * site administrator can name a new coordinator. The coordinator who added someone else is replaced by the
 * anonymous user and the membership stays: it is the member's, not theirs.
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class NetworkMemberUADAnonymizer
	extends BaseNetworkMemberUADAnonymizer {

	@Override
	public void autoAnonymize(
			NetworkMember networkMember, long userId, User anonymousUser)
		throws PortalException {

		if (networkMember.getMemberUserId() == userId) {
			delete(networkMember);

			return;
		}

		super.autoAnonymize(networkMember, userId, anonymousUser);
	}

}
