<%@ include file="/init.jsp" %>

<%
MyInstructorAssignmentsDisplayContext myInstructorAssignmentsDisplayContext = (MyInstructorAssignmentsDisplayContext)request.getAttribute(InstructorWebKeys.MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT);

List<CertificationRow> certificationRows = myInstructorAssignmentsDisplayContext.getCertificationRows();
List<LicenceStandingRow> licenceStandingRows = myInstructorAssignmentsDisplayContext.getLicenceStandingRows();
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

	<%-- The standing is in words, never colour alone; a method without a rule shows only the certification's validity. --%>

	<section aria-labelledby="<portlet:namespace />myLicenceStanding">
		<h3 id="<portlet:namespace />myLicenceStanding"><liferay-ui:message key="my-licence-standing" /></h3>

		<c:choose>
			<c:when test="<%= licenceStandingRows.isEmpty() %>">
				<p class="text-secondary"><liferay-ui:message key="you-have-no-active-certification-so-no-licence-standing" /></p>
			</c:when>
			<c:otherwise>
				<table class="table table-autofit table-list">
					<caption class="sr-only"><liferay-ui:message key="my-licence-standing" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="training-method" /></th>
							<th scope="col"><liferay-ui:message key="licence-standing" /></th>
							<th scope="col"><liferay-ui:message key="sessions-delivered-in-the-period" /></th>
							<th scope="col"><liferay-ui:message key="sessions-still-needed" /></th>
							<th scope="col"><liferay-ui:message key="valid-until" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (LicenceStandingRow licenceStandingRow : licenceStandingRows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(licenceStandingRow.getTrainingMethodName()) %></th>
								<td class="font-weight-bold"><liferay-ui:message key="<%= licenceStandingRow.getStandingLabelKey() %>" /></td>

								<c:choose>
									<c:when test="<%= licenceStandingRow.isRuled() %>">
										<td><liferay-ui:message arguments="<%= new Object[] {licenceStandingRow.getSessionsDelivered(), licenceStandingRow.getSessionsRequired()} %>" key="x-of-x-required" translateArguments="<%= false %>" /></td>
										<td>
											<c:choose>
												<c:when test="<%= licenceStandingRow.getSessionsStillNeeded() == 0 %>">
													<liferay-ui:message key="none-still-needed" />
												</c:when>
												<c:when test="<%= licenceStandingRow.getDeadline() != null %>">
													<liferay-ui:message arguments="<%= new Object[] {licenceStandingRow.getSessionsStillNeeded(), HtmlUtil.escape(licenceStandingRow.getDeadline())} %>" key="x-sessions-by-x" translateArguments="<%= false %>" />
												</c:when>
												<c:otherwise>
													<liferay-ui:message arguments="<%= licenceStandingRow.getSessionsStillNeeded() %>" key="x-sessions-to-meet-the-requirement-again" translateArguments="<%= false %>" />
												</c:otherwise>
											</c:choose>
										</td>
									</c:when>
									<c:otherwise>
										<td colspan="2"><liferay-ui:message key="no-session-requirement-the-certification-decides" /></td>
									</c:otherwise>
								</c:choose>

								<td>
									<c:choose>
										<c:when test="<%= licenceStandingRow.getCertifiedUntil() != null %>">
											<%= HtmlUtil.escape(licenceStandingRow.getCertifiedUntil()) %>
										</c:when>
										<c:when test="<%= licenceStandingRow.isOpenEnded() %>">
											<liferay-ui:message key="open-ended" />
										</c:when>
										<c:otherwise>
											<liferay-ui:message key="see-my-certifications" />
										</c:otherwise>
									</c:choose>
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