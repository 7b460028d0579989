<%@ include file="/init.jsp" %>

<%
NetworkMembersDisplayContext networkMembersDisplayContext = (NetworkMembersDisplayContext)request.getAttribute(InstructorWebKeys.NETWORK_MEMBERS_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = networkMembersDisplayContext.getErrors();

String successMessageKey = networkMembersDisplayContext.getSuccessMessageKey();

GetFormTarget searchTarget = networkMembersDisplayContext.getSearchTarget();
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-network-members">
	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(networkMembersDisplayContext.getNetworkName()) %>" key="members-of-x" translateArguments="<%= false %>" /></h1>

	<p>
		<a href="<%= HtmlUtil.escapeHREF(networkMembersDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-networks" /></a>
	</p>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<table class="table table-autofit table-list">
		<caption class="sr-only"><liferay-ui:message key="members" /></caption>
		<thead>
			<tr>
				<th scope="col"><liferay-ui:message key="name" /></th>
				<th scope="col"><liferay-ui:message key="organization" /></th>
				<th scope="col"><liferay-ui:message key="role" /></th>

				<c:if test="<%= networkMembersDisplayContext.isUpdatable() %>">
					<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
				</c:if>
			</tr>
		</thead>
		<tbody>

			<%
			for (NetworkMemberRow networkMemberRow : networkMembersDisplayContext.getMembers()) {
				String memberName = (networkMemberRow.getName() != null) ? networkMemberRow.getName() : LanguageUtil.get(request, "deleted-user");
			%>

				<tr>
					<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(memberName) %></th>
					<td><%= HtmlUtil.escape(networkMemberRow.getOrganizationNames()) %></td>
					<td><liferay-ui:message key='<%= networkMemberRow.isCoordinator() ? "coordinator" : "member" %>' /></td>

					<c:if test="<%= networkMembersDisplayContext.isUpdatable() %>">
						<td>
							<form action="<%= HtmlUtil.escapeHREF(networkMembersDisplayContext.getUpdateRoleURL()) %>" class="d-inline" method="post">
								<input name="<portlet:namespace />networkMemberId" type="hidden" value="<%= networkMemberRow.getNetworkMemberId() %>" />
								<input name="<portlet:namespace />role" type="hidden" value="<%= networkMemberRow.isCoordinator() ? networkMembersDisplayContext.getRoleMember() : networkMembersDisplayContext.getRoleCoordinator() %>" />

								<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key='<%= networkMemberRow.isCoordinator() ? "make-member" : "make-coordinator" %>' /><span class="sr-only"> <%= HtmlUtil.escape(memberName) %></span></button>
							</form>

							<form action="<%= HtmlUtil.escapeHREF(networkMembersDisplayContext.getRemoveURL()) %>" class="d-inline ml-2" method="post">
								<input name="<portlet:namespace />networkMemberId" type="hidden" value="<%= networkMemberRow.getNetworkMemberId() %>" />

								<button class="btn btn-outline-danger btn-sm" type="submit"><liferay-ui:message key="remove" /><span class="sr-only"> <%= HtmlUtil.escape(memberName) %></span></button>
							</form>
						</td>
					</c:if>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>

	<c:if test="<%= networkMembersDisplayContext.isUpdatable() %>">
		<h2><liferay-ui:message key="add-members" /></h2>

		<form action="<%= HtmlUtil.escapeHREF(searchTarget.getAction()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "find-people-to-add")) %>" method="get" role="search">

			<%
			for (Map.Entry<String, String> hiddenParameter : searchTarget.getHiddenParameters().entrySet()) {
			%>

				<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

			<%
			}
			%>

			<div class="form-group-autofit">
				<div class="form-group-item">
					<label for="<portlet:namespace />keywords"><liferay-ui:message key="name-or-e-mail-address" /></label>

					<input class="form-control" id="<portlet:namespace />keywords" name="<portlet:namespace />keywords" type="search" value="<%= HtmlUtil.escapeAttribute(networkMembersDisplayContext.getKeywords()) %>" />
				</div>

				<div class="form-group-item form-group-item-label-spacer">
					<button class="btn btn-secondary" type="submit"><liferay-ui:message key="search" /></button>
				</div>
			</div>
		</form>

		<%
		List<MemberCandidate> memberCandidates = networkMembersDisplayContext.getCandidates();
		%>

		<c:choose>
			<c:when test="<%= networkMembersDisplayContext.isSearched() && memberCandidates.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="nobody-matches-the-search" /></p>
			</c:when>
			<c:when test="<%= !memberCandidates.isEmpty() %>">
				<table class="table table-autofit table-list livsviktig-member-candidates">
					<caption class="sr-only"><liferay-ui:message key="search-results" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="name" /></th>
							<th scope="col"><liferay-ui:message key="e-mail-address" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (MemberCandidate memberCandidate : memberCandidates) {
						%>

							<tr>
								<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(memberCandidate.getName()) %></th>
								<td><%= HtmlUtil.escape(memberCandidate.getEmailAddress()) %></td>
								<td>
									<c:choose>
										<c:when test="<%= memberCandidate.isMember() %>">
											<span class="label label-secondary"><span class="label-item label-item-expand"><liferay-ui:message key="already-a-member" /></span></span>
										</c:when>
										<c:otherwise>
											<form action="<%= HtmlUtil.escapeHREF(networkMembersDisplayContext.getAddURL()) %>" class="d-inline" method="post">
												<input name="<portlet:namespace />memberUserId" type="hidden" value="<%= memberCandidate.getUserId() %>" />
												<input name="<portlet:namespace />role" type="hidden" value="<%= networkMembersDisplayContext.getRoleMember() %>" />

												<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="add-as-member" /><span class="sr-only"> <%= HtmlUtil.escape(memberCandidate.getName()) %></span></button>
											</form>

											<form action="<%= HtmlUtil.escapeHREF(networkMembersDisplayContext.getAddURL()) %>" class="d-inline ml-2" method="post">
												<input name="<portlet:namespace />memberUserId" type="hidden" value="<%= memberCandidate.getUserId() %>" />
												<input name="<portlet:namespace />role" type="hidden" value="<%= networkMembersDisplayContext.getRoleCoordinator() %>" />

												<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="add-as-coordinator" /><span class="sr-only"> <%= HtmlUtil.escape(memberCandidate.getName()) %></span></button>
											</form>
										</c:otherwise>
									</c:choose>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:when>
		</c:choose>
	</c:if>
</clay:container-fluid>
