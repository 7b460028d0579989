<%@ include file="/init.jsp" %>

<%
MyInstructorAssignmentsDisplayContext myInstructorAssignmentsDisplayContext = (MyInstructorAssignmentsDisplayContext)request.getAttribute(InstructorWebKeys.MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT);

List<CertificationRow> certificationRows = myInstructorAssignmentsDisplayContext.getCertificationRows();
%>

<clay:container-fluid cssClass="livsviktig-my-instructor-assignments">
	<h2><liferay-ui:message key="my-instructor-assignments" /></h2>

	<%-- One section per part of an instructor's assignments; the standing per method and the networks join here. --%>

	<section aria-labelledby="<portlet:namespace />myCertifications">
		<h3 id="<portlet:namespace />myCertifications"><liferay-ui:message key="my-certifications" /></h3>

		<c:choose>
			<c:when test="<%= certificationRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-no-certifications" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="my-certifications" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="training-method" /></th>
							<th scope="col"><liferay-ui:message key="certified-date" /></th>
							<th scope="col"><liferay-ui:message key="valid-until" /></th>
							<th scope="col"><liferay-ui:message key="issuer" /></th>
							<th scope="col"><liferay-ui:message key="number" /></th>
							<th scope="col"><liferay-ui:message key="state" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (CertificationRow certificationRow : certificationRows) {
						%>

							<tr>
								<th scope="row">
									<%= HtmlUtil.escape(certificationRow.getTrainingMethodName()) %>

									<c:if test="<%= certificationRow.isRenewal() %>">
										<span class="d-block small text-secondary"><liferay-ui:message key="renewal" /></span>
									</c:if>
								</th>
								<td><%= HtmlUtil.escape(certificationRow.getCertifiedDate()) %></td>
								<td><%= (certificationRow.getValidUntil() != null) ? HtmlUtil.escape(certificationRow.getValidUntil()) : LanguageUtil.get(request, "open-ended") %></td>
								<td><%= HtmlUtil.escape(certificationRow.getIssuer()) %></td>
								<td><%= HtmlUtil.escape(certificationRow.getNumber()) %></td>
								<td>
									<liferay-ui:message key="<%= certificationRow.getStateLabelKey() %>" />

									<c:if test="<%= Validator.isNotNull(certificationRow.getStateReason()) %>">
										<span class="d-block small"><liferay-ui:message arguments="<%= HtmlUtil.escape(certificationRow.getStateReason()) %>" key="reason-x" translateArguments="<%= false %>" /></span>
									</c:if>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>
	</section>
</clay:container-fluid>
