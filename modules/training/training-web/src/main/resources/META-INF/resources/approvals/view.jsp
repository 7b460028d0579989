<%@ include file="/init.jsp" %>

<%-- The approvals view's own imports stay here, so init.jsp stays the shared one of every view. --%>

<%@ page import="com.liferay.portal.kernel.util.Validator" %>

<%@ page import="se.livsviktig.training.web.internal.display.context.ApprovalRequest" %><%@
page import="se.livsviktig.training.web.internal.display.context.ApprovalsDisplayContext" %>

<%
ApprovalsDisplayContext approvalsDisplayContext = (ApprovalsDisplayContext)request.getAttribute(TrainingWebKeys.APPROVALS_DISPLAY_CONTEXT);

List<ApprovalRequest> approvalRequests = approvalsDisplayContext.getApprovalRequests();
List<FormError> formErrors = approvalsDisplayContext.getErrors();
FormError linkedRequestNotice = approvalsDisplayContext.getLinkedRequestNotice();
Pagination pagination = approvalsDisplayContext.getPagination();
String successMessageKey = approvalsDisplayContext.getSuccessMessageKey();
int total = approvalsDisplayContext.getTotal();
String unsavedComment = approvalsDisplayContext.getUnsavedComment();

long focusRegistrationId = 0;

String currentApprovalsView = "approvals";
%>

<portlet:actionURL name="/training/approve_registration" var="approveRegistrationURL" />

<portlet:actionURL name="/training/decline_registration" var="declineRegistrationURL" />

<clay:container-fluid cssClass="livsviktig-approvals">
	<%@ include file="/approvals/navigation.jspf" %>

	<h2><liferay-ui:message key="approve-registrations" /></h2>

	<c:if test="<%= !formErrors.isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="your-decision-was-not-saved">
				<ul class="mb-0">

					<%
					for (FormError formError : formErrors) {
					%>

						<li>
							<c:choose>
								<c:when test="<%= formError.getFieldName() != null %>">
									<a href="#<portlet:namespace /><%= HtmlUtil.escapeAttribute(formError.getFieldName()) %>"><liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" /></a>
								</c:when>
								<c:otherwise>
									<liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" />
								</c:otherwise>
							</c:choose>
						</li>

					<%
					}
					%>

				</ul>

				<c:if test="<%= Validator.isNotNull(unsavedComment) %>">
					<p class="mb-1 mt-2"><liferay-ui:message key="your-comment-which-was-not-saved" /></p>

					<blockquote class="blockquote mb-0 unsaved-comment"><%= HtmlUtil.escape(unsavedComment) %></blockquote>
				</c:if>
			</clay:alert>
		</div>

		<script>
			document.getElementById('<portlet:namespace />errorSummary').focus();
		</script>
	</c:if>

	<c:if test="<%= successMessageKey != null %>">
		<clay:alert displayType="success">
			<liferay-ui:message arguments="<%= HtmlUtil.escape(approvalsDisplayContext.getSuccessMessagePersonName()) %>" key="<%= successMessageKey %>" translateArguments="<%= false %>" />
		</clay:alert>
	</c:if>

	<c:if test="<%= linkedRequestNotice != null %>">
		<clay:alert displayType="info">
			<liferay-ui:message arguments="<%= linkedRequestNotice.getArguments() %>" key="<%= linkedRequestNotice.getMessageKey() %>" />
		</clay:alert>
	</c:if>

	<c:choose>
		<c:when test="<%= approvalRequests.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="there-are-no-requests-waiting-for-your-approval" /></p>
		</c:when>
		<c:otherwise>
			<p>
				<c:choose>
					<c:when test="<%= total == 1 %>">
						<liferay-ui:message key="one-request-is-waiting-for-your-decision" />
					</c:when>
					<c:otherwise>
						<liferay-ui:message arguments="<%= total %>" key="x-requests-are-waiting-for-your-decision" />
					</c:otherwise>
				</c:choose>
			</p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="requests-waiting-for-your-approval" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="organization" /></th>
						<th scope="col"><liferay-ui:message key="course" /></th>
						<th scope="col"><liferay-ui:message key="dates" /></th>
						<th scope="col"><liferay-ui:message key="place" /></th>
						<th scope="col"><liferay-ui:message key="motivation" /></th>
						<th scope="col"><liferay-ui:message key="seat-held-until" /></th>
						<th scope="col"><liferay-ui:message key="decision" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (ApprovalRequest approvalRequest : approvalRequests) {
						long registrationId = approvalRequest.getRegistrationId();
						String personName = HtmlUtil.escape(approvalRequest.getPersonName());
						String subject = HtmlUtil.escape(approvalRequest.getSubject());

						if (approvalRequest.isHighlighted() && !approvalRequest.isOwnRequest()) {
							focusRegistrationId = registrationId;
						}
					%>

						<tr class="<%= approvalRequest.isHighlighted() ? "table-active" : "" %>" id="<portlet:namespace />request<%= registrationId %>">
							<th class="table-cell-expand-smallest" scope="row">
								<%= personName %>

								<c:if test="<%= approvalRequest.isHighlighted() && formErrors.isEmpty() %>">
									<span class="d-block font-weight-normal small"><liferay-ui:message key="the-request-your-link-led-to" /></span>
								</c:if>
							</th>
							<td><%= HtmlUtil.escape(approvalRequest.getOrganizationName()) %></td>
							<td class="table-cell-expand-smallest">
								<%= HtmlUtil.escape(approvalRequest.getCourseTitle()) %>

								<span class="d-block text-secondary"><%= HtmlUtil.escape(approvalRequest.getTrainingMethodName()) %></span>
							</td>
							<td>
								<ul class="list-unstyled mb-0">

									<%
									for (String date : approvalRequest.getDates()) {
									%>

										<li class="text-nowrap"><%= HtmlUtil.escape(date) %></li>

									<%
									}
									%>

								</ul>
							</td>
							<td>
								<%= HtmlUtil.escape(approvalRequest.getPlace()) %>

								<c:if test="<%= approvalRequest.getDeliveryModeKey() != null %>">
									<span class="d-block"><liferay-ui:message key="<%= approvalRequest.getDeliveryModeKey() %>" /></span>
								</c:if>
							</td>
							<td class="table-cell-expand-small">
								<c:choose>
									<c:when test="<%= Validator.isNotNull(approvalRequest.getMotivation()) %>">
										<%= HtmlUtil.escape(approvalRequest.getMotivation()) %>
									</c:when>
									<c:otherwise>
										<span class="text-secondary"><liferay-ui:message key="no-motivation-given" /></span>
									</c:otherwise>
								</c:choose>
							</td>
							<td class="text-nowrap"><%= HtmlUtil.escape(approvalRequest.getHoldExpiration()) %></td>
							<td class="table-cell-expand-small">
								<c:choose>
									<c:when test="<%= approvalRequest.isOwnRequest() %>">
										<liferay-ui:message key="your-own-request-is-decided-by-someone-else" />
									</c:when>
									<c:otherwise>
										<form action="<%= HtmlUtil.escapeHREF(approveRegistrationURL) %>" method="post" name="<portlet:namespace />decisionForm<%= registrationId %>">
											<input name="<portlet:namespace />registrationId" type="hidden" value="<%= registrationId %>" />

											<div class="form-group mb-2">
												<label for="<portlet:namespace />comment<%= registrationId %>"><liferay-ui:message arguments="<%= personName %>" key="comment-to-x-optional" translateArguments="<%= false %>" /><span class="sr-only"> <liferay-ui:message arguments="<%= subject %>" key="about-x" translateArguments="<%= false %>" /></span></label>

												<textarea class="form-control" id="<portlet:namespace />comment<%= registrationId %>" maxlength="<%= approvalsDisplayContext.getCommentMaxLength() %>" name="<portlet:namespace />comment" rows="2"><%= HtmlUtil.escape(approvalRequest.getComment()) %></textarea>
											</div>

											<div class="text-nowrap">
												<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="approve" /><span class="sr-only"> <liferay-ui:message arguments="<%= new Object[] {personName, subject} %>" key="the-request-from-x-for-x" translateArguments="<%= false %>" /></span></button>

												<button class="btn btn-secondary btn-sm" formaction="<%= HtmlUtil.escapeHREF(declineRegistrationURL) %>" type="submit"><liferay-ui:message key="decline" /><span class="sr-only"> <liferay-ui:message arguments="<%= new Object[] {personName, subject} %>" key="the-request-from-x-for-x" translateArguments="<%= false %>" /></span></button>
											</div>
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

			<c:if test="<%= pagination.isShow() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
					<ul class="pagination">

						<%
						for (Pagination.Page paginationPage : pagination.getPages()) {
						%>

							<li class="page-item<%= paginationPage.isCurrent() ? " active" : "" %>">
								<a <%= paginationPage.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(paginationPage.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= paginationPage.getNumber() %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= formErrors.isEmpty() && (focusRegistrationId > 0) %>">
		<script>
			document.getElementById('<portlet:namespace />request<%= focusRegistrationId %>').scrollIntoView();
			document.getElementById('<portlet:namespace />comment<%= focusRegistrationId %>').focus();
		</script>
	</c:if>
</clay:container-fluid>
