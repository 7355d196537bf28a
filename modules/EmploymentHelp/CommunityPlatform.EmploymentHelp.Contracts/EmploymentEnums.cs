namespace CommunityPlatform.EmploymentHelp;

/// <summary>Why a job seeker's registration ends (失业登记注销).</summary>
public enum DeregistrationReason { Placed, SelfEmployed, Pension, School, Army, MovedAway, Incapacity, Other }

public enum Education { Primary, JuniorHigh, SeniorHigh, Vocational, College, Bachelor, Postgraduate }

public enum JobSeekerState { Valid, Deregistered }

/// <summary>稳定就业, 灵活就业, 自主创业, 公益性岗位.</summary>
public enum PlacementKind { Employed, Flexible, SelfEmployed, PublicBenefitPost }

/// <summary>The occasion of a visit to a needy household (走访慰问).</summary>
public enum VisitOccasion { SpringFestival, MidAutumn, Routine, Illness, Disaster, Other }

/// <summary>How a zero-employment household came to the community's notice.</summary>
public enum ZeroEmploymentSource { Visit, Grid, RegistryScan }

/// <summary>零就业家庭: recognised → assisting → cleared (a member in stable work) or exited.</summary>
public enum ZeroEmploymentState { Recognised, Assisting, Cleared, Exited }

/// <summary>就业困难人员认定: applied → street review (初审) → district decision (终审) → valid → revoked; refused at either review.</summary>
public enum DifficultyState { Applied, StreetPassed, Valid, Refused, Revoked }

public enum DifficultyAction { Applied, StreetPassed, StreetRefused, DistrictPassed, DistrictRefused, Revoked }

/// <summary>公益性岗位 or a trainee post (见习).</summary>
public enum PostKind { PublicBenefit, Trainee }

public enum TrainingKind { StartUp, Skill }

public enum OpeningSource { Employer, JointUnit, JobFair }

public enum ReferralOutcome { Pending, Hired, NotHired, Declined }
